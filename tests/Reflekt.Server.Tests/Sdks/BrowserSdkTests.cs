using System.Text.Json.Nodes;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Sdks;

/// <summary>
/// analytics.js (@segment/analytics-next 1.84, from the npm cache) in a real page in Debian's Chromium, served from
/// another origin than `reflekt serve`, with `cdnURL` pointed at the gateway: both delivery strategies send every call
/// type, and each event reaches Segment as the browser sent it (less `writeKey`, plus `validation_errors` if invalid).
/// </summary>
public sealed class BrowserSdkTests
{
    // Ten calls of tests/sdk-clients/browser.html: each call type, and four of them invalid.
    private static readonly string[] Invalid = ["identify", "track", "page", "group"];

    [Theory]
    [InlineData(false, "i,t,p,s,g,a")]
    [InlineData(true, "b")]
    public async Task Analytics_next_in_chromium_delivers_every_call_type_through_the_gateway(bool batching, string paths)
    {
        await using var run = await NodeSdkRun.StartAsync();
        await using var shop = await ShopPage.OpenAsync(run.Address);
        var gateway = run.Address.GetLeftPart(UriPartial.Authority);

        await shop.SendAsync(batching);

        await Eventually.TrueAsync(() => run.Segment.Messages.Count >= 10, $"10 events reach Segment (browser console: {string.Join(" | ", shop.Console)})");
        var messages = run.Segment.Messages;
        Assert.Equal(10, messages.Count);
        // Nothing but the page's own files and the gateway: no Segment CDN, no api.segment.io, no further bundles.
        Assert.All(shop.Requested, url => Assert.True(
            url.StartsWith(shop.Origin, StringComparison.Ordinal) || url.StartsWith(gateway, StringComparison.Ordinal), url));
        Assert.Contains(shop.Requested, url => url == $"{gateway}/v1/projects/{RunningServer.WriteKey}/settings");
        Assert.Equal(paths.Split(',').Select(p => "/v1/" + p).Order(StringComparer.Ordinal), shop.Sent.Select(s => s.Path).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(
            Invalid.Order(StringComparer.Ordinal),
            messages.Where(m => m.WriteKey == RunningServer.InvalidKey).Select(m => (string)m.Message["type"]!).Order(StringComparer.Ordinal));

        // What the browser sent, one message each (a batch body holds several), by messageId.
        var browserSent = shop.Sent.SelectMany(s => s.Body["batch"] is JsonArray batch ? batch.Select(m => m!.AsObject()) : [s.Body])
            .ToDictionary(m => (string)m["messageId"]!);
        Assert.Equal(10, browserSent.Count);
        foreach (var (key, message) in messages)
        {
            var original = browserSent[(string)message["messageId"]!];
            Assert.NotNull(original["writeKey"]);
            Assert.Null(message["writeKey"]);
            Assert.True(JsonNode.DeepEquals(Comparable(original, keepErrors: false), Comparable(message, keepErrors: false)),
                $"browser sent {original.ToJsonString()}\nSegment got {message.ToJsonString()}");
            Assert.Equal(key == RunningServer.InvalidKey, HasErrors(message));
        }
        Assert.Single(messages, m => (string?)m.Message["properties"]?["coupon"] == "café");
        Assert.Contains("\"coupon\":\"café\"", string.Concat(run.Segment.Batches.Select(b => System.Text.Encoding.UTF8.GetString(b.Raw))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_on_an_origin_not_listed_in_cors_origins_is_refused_by_the_browser()
    {
        await using var run = await NodeSdkRun.StartAsync("--cors-origins", "https://shop.example");
        await using var shop = await ShopPage.OpenAsync(run.Address);

        await shop.SendAsync(batching: false);

        // The settings fetch is the first cross-origin call; without Access-Control-Allow-Origin the browser blocks it.
        await Eventually.TrueAsync(() => shop.Console.Any(m => m.Contains("CORS policy", StringComparison.Ordinal)),
            "Chromium reports the CORS refusal");
        Assert.Empty(shop.Sent);
        Assert.Empty(run.Segment.Messages);
    }

    // The browser's message as Segment's API would read it: without the write key (the gateway forwards under its own
    // keys), sentAt (set per send attempt, by the gateway when it forwards) and the gateway's own validation_errors.
    private static JsonObject Comparable(JsonObject message, bool keepErrors)
    {
        var copy = message.DeepClone().AsObject();
        copy.Remove("writeKey");
        copy.Remove("sentAt");
        if (!keepErrors)
        {
            (copy["properties"] as JsonObject)?.Remove("validation_errors");
            (copy["traits"] as JsonObject)?.Remove("validation_errors");
            if (copy["properties"] is JsonObject { Count: 0 } && message["type"]?.GetValue<string>() is "identify" or "group")
            {
                copy.Remove("properties"); // the gateway adds properties.validation_errors where Segment keeps no properties
            }
        }
        return copy;
    }

    private static bool HasErrors(JsonObject message) =>
        message["properties"]?["validation_errors"] is JsonArray || message["traits"]?["validation_errors"] is JsonArray;
}
