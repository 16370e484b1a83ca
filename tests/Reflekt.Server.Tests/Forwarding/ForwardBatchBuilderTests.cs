using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Server.Forwarding;

namespace Reflekt.Server.Tests.Forwarding;

public sealed class ForwardBatchBuilderTests
{
    private static ReadOnlyMemory<byte> Message(int i, int padding = 0) =>
        Encoding.UTF8.GetBytes($$$"""{"type":"track","messageId":"m{{{i}}}","properties":{"pad":"{{{new string('x', padding)}}}"}}""");

    [Fact]
    public void Batches_hold_at_most_the_event_limit_and_keep_every_message_in_order()
    {
        var messages = Enumerable.Range(0, 250).Select(i => Message(i)).ToList();

        var batches = ForwardBatchBuilder.Build(messages, 100, 475_000).ToList();

        Assert.Equal([100, 100, 50], batches.Select(b => b.Count));
        var bodies = batches.Select(b => JsonNode.Parse(b.Body.SentAt(DateTimeOffset.Parse("2024-01-02T03:04:05Z")))!).ToList();
        Assert.All(bodies, b => Assert.Equal("2024-01-02T03:04:05.000Z", (string?)b["sentAt"]));
        Assert.Equal(Enumerable.Range(0, 250).Select(i => $"m{i}"),
            bodies.SelectMany(b => b["batch"]!.AsArray()).Select(m => (string?)m!["messageId"]));
    }

    [Fact]
    public void Batches_stay_under_the_byte_limit()
    {
        var messages = Enumerable.Range(0, 60).Select(i => Message(i, padding: 30_000)).ToList();

        var batches = ForwardBatchBuilder.Build(messages, 100, 475_000).ToList();

        Assert.All(batches, b => Assert.True(b.Body.SentAt(DateTimeOffset.UtcNow).Length <= 475_000, $"{b.Body.Length} bytes"));
        Assert.Equal(60, batches.Sum(b => b.Count));
        Assert.True(batches.Count >= 4);
    }

    [Fact]
    public void A_single_message_larger_than_the_limit_still_goes_alone()
    {
        var batches = ForwardBatchBuilder.Build([Message(1, padding: 2000)], 100, 1024).ToList();

        Assert.Equal(1, Assert.Single(batches).Count);
    }

    [Fact]
    public void Messages_are_joined_byte_for_byte_and_each_attempt_rewrites_only_the_sent_at()
    {
        ReadOnlyMemory<byte>[] messages = [Encoding.UTF8.GetBytes("{\"coupon\":\"café\", \"n\" : 1}"), Encoding.UTF8.GetBytes("{\"n\":2}")];
        var body = Assert.Single(ForwardBatchBuilder.Build(messages, 100, 475_000)).Body;

        var first = Encoding.UTF8.GetString(body.SentAt(DateTimeOffset.Parse("2024-01-02T03:04:05Z")));
        var second = Encoding.UTF8.GetString(body.SentAt(DateTimeOffset.Parse("2024-01-02T03:04:41.5Z")));

        Assert.Equal("{\"batch\":[{\"coupon\":\"café\", \"n\" : 1},{\"n\":2}],\"sentAt\":\"2024-01-02T03:04:05.000Z\"}", first);
        Assert.Equal("{\"batch\":[{\"coupon\":\"café\", \"n\" : 1},{\"n\":2}],\"sentAt\":\"2024-01-02T03:04:41.500Z\"}", second);
    }
}
