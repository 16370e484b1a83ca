using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Server.Options;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Ingestion;

/// <summary>
/// Bytes that are not UTF-8 in a batch (sent raw, as a broken client would): the request is accepted, the bad event
/// is routed invalid with the pointer of the bad string, its bytes reach Segment unchanged and its neighbours are untouched.
/// </summary>
public sealed class InvalidUnicodeTests : GatewayTest
{
    [Fact]
    public async Task A_byte_that_is_not_UTF_8_routes_its_event_invalid_and_is_kept()
    {
        await using var server = await RunningServer.StartAsync(
            RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), TestSchemas.WriteAll(Scratch.Sub("schemas")), MissingSchemaPolicy.ForwardInvalid));
        byte[] body =
        [
            .. """{"batch":[{"type":"track","userId":"u","messageId":"bad","event":"Order Completed","properties":{"order_id":"o"""u8,
            0xFF, 0xC3,
            .. "\"}},"u8,
            .. """{"type":"track","userId":"u","messageId":"good","event":"Order Completed","properties":{"order_id":"o2","coupon":"café"}}]}"""u8,
        ];
        var request = RunningServer.Post("/v1/batch", "");
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new("application/json");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 2, "both events reach Segment");
        var bad = SegmentApi.Batches.Single(b => b.WriteKey == RunningServer.InvalidKey);
        Assert.Contains(Windows(bad.Raw, 4), w => w.SequenceEqual(new byte[] { (byte)'o', 0xFF, 0xC3, (byte)'"' }));
        var error = bad.Body["batch"]![0]!["properties"]!["validation_errors"]![0]!;
        Assert.Equal("/properties/order_id", (string?)error["pointer"]);
        Assert.Equal("not valid Unicode", (string?)error["message"]);
        var good = SegmentApi.Batches.Single(b => b.WriteKey == RunningServer.ValidKey);
        Assert.Equal("good", (string?)good.Body["batch"]![0]!["messageId"]);
        Assert.Contains("\"coupon\":\"café\"", Encoding.UTF8.GetString(good.Raw), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_a_single_call_is_accepted_and_routed_invalid()
    {
        await using var server = await RunningServer.StartAsync(
            RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), TestSchemas.WriteAll(Scratch.Sub("schemas")), MissingSchemaPolicy.ForwardInvalid));

        var response = await server.PostAsync("/v1/identify", """{"userId":"u","traits":{"email":"jo\ud83d@example.com","schema_id":"x"},"context":{"k":1}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "the event reaches Segment");
        var sent = SegmentApi.Batches.Single();
        Assert.Equal(RunningServer.InvalidKey, sent.WriteKey);
        Assert.Contains("\"jo\\ud83d@example.com\"", Encoding.UTF8.GetString(sent.Raw), StringComparison.Ordinal);
        Assert.Equal("/traits/email", (string?)sent.Body["batch"]![0]!["traits"]!["validation_errors"]![0]!["pointer"]);
    }

    private static IEnumerable<byte[]> Windows(byte[] bytes, int size) =>
        Enumerable.Range(0, bytes.Length - size + 1).Select(i => bytes[i..(i + size)]);
}
