using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Reflekt.Server.Tests.Support;
using Reflekt.Testing;
using Reflekt.Testing.Browsers;
using Reflekt.Testing.Node;
using Reflekt.Testing.StandIns;

namespace Reflekt.Server.Tests.Sdks;

/// <summary>
/// tests/sdk-clients/browser.html open in headless Chromium, served by its own <see cref="PageServer"/> (another origin
/// than the gateway) with analytics.js's UMD build from the npm cache, recording what the page requested and sent.
/// </summary>
internal sealed class ShopPage : IAsyncDisposable
{
    private readonly LoopbackServer _site;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;
    private readonly string _gateway;

    private ShopPage(LoopbackServer site, IPlaywright playwright, IBrowser browser, IPage page, string gateway)
    {
        _site = site;
        _playwright = playwright;
        _browser = browser;
        _page = page;
        _gateway = gateway;
        page.Console += (_, message) => Console.Enqueue(message.Text);
        page.Request += (_, request) =>
        {
            Requested.Enqueue(request.Url);
            if (request.Method == "POST" && request.Url.StartsWith(gateway, StringComparison.Ordinal))
            {
                Sent.Enqueue((new Uri(request.Url).AbsolutePath, JsonNode.Parse(request.PostData!)!.AsObject()));
            }
        };
    }

    /// <summary>The page's origin.</summary>
    public string Origin => _site.BaseUri.GetLeftPart(UriPartial.Authority);

    /// <summary>Every URL the page requested.</summary>
    public ConcurrentQueue<string> Requested { get; } = new();

    /// <summary>Every POST to the gateway: its path and body as the browser sent it.</summary>
    public ConcurrentQueue<(string Path, JsonObject Body)> Sent { get; } = new();

    /// <summary>The browser console (analytics.js and CORS errors land here).</summary>
    public ConcurrentQueue<string> Console { get; } = new();

    public static async Task<ShopPage> OpenAsync(Uri gateway)
    {
        var umd = Path.Combine(NodePackages.Require(NodeSdkRun.Folder), "node_modules", "@segment", "analytics-next", "dist", "umd", "index.js");
        var site = await PageServer.StartAsync(new Dictionary<string, (string, string)>
        {
            ["/"] = (Path.Combine(SharedFixtures.RepositoryRoot, NodeSdkRun.Folder, "browser.html"), "text/html; charset=utf-8"),
            ["/analytics-next.js"] = (umd, "text/javascript; charset=utf-8"),
        });
        try
        {
            var (playwright, browser) = await Chromium.LaunchAsync();
            var page = await browser.NewPageAsync();
            var shop = new ShopPage(site, playwright, browser, page, gateway.GetLeftPart(UriPartial.Authority));
            await page.GotoAsync(site.BaseUri.ToString());
            return shop;
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the page's ten calls through analytics.js, loaded with `cdnURL` at the gateway.</summary>
    public async Task SendAsync(bool batching) =>
        Xunit.Assert.Equal("sent", await _page.EvaluateAsync<string>("send", new { gateway = _gateway, writeKey = RunningServer.WriteKey, batching }));

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _site.DisposeAsync();
    }
}
