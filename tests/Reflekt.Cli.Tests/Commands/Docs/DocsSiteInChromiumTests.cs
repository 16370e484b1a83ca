using System.Globalization;
using Microsoft.Playwright;
using Reflekt.Demo;
using Reflekt.Testing;
using Reflekt.Testing.Browsers;

namespace Reflekt.Cli.Tests.Commands.Docs;

/// <summary>
/// The docs site of the demo project, reflected from its DuckDB warehouse, opened from file:// in Debian's Chromium:
/// the freshness chart shows the warehouse's day counts, the keyboard alone reaches every event, and every page passes
/// the accessibility audit in light and dark at desktop and phone widths without a console error.
/// </summary>
public sealed class DocsSiteInChromiumTests : IAsyncLifetime
{
    private static readonly string Source = $"{DemoProject.SourceId}.warehouse.{DemoProject.RawSchema}";

    private readonly TempDirectory _dir = new();
    private string _demo = "";
    private string _site = "";

    public async ValueTask InitializeAsync()
    {
        var init = await CliRunner.RunAsync(_dir.Path, "init", "--demo", "demo");
        Assert.True(init.ExitCode == 0, init.Error);
        _demo = Path.Combine(_dir.Path, "demo");
        var reflect = await CliRunner.RunAsync(_demo, "reflect", "--select", "demo", "--source", Source, "--sdk", "segment", "--days", "3650", "--stale-after", "36500d");
        Assert.True(reflect.ExitCode == 0, reflect.Error + reflect.Out);
        _site = Path.Combine(_dir.Path, "site");
        var docs = await CliRunner.RunAsync(_demo, "docs", "generate", "--source", Source, "--out", _site);
        Assert.True(docs.ExitCode == 0, docs.Error + docs.Out);
    }

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_freshness_chart_shows_the_reflected_day_counts_of_the_warehouse()
    {
        var expected = await DayCountsAsync("order_completed");
        Assert.NotEmpty(expected);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var slug = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(_site, "events"), "*.html"), p => p.Contains("order_completed", StringComparison.OrdinalIgnoreCase) || p.Contains("order-completed", StringComparison.OrdinalIgnoreCase)));
        var page = await OpenAsync(browser, "events/" + slug);

        var bars = await page.Locator("#volume rect.bar").EvaluateAllAsync<string[][]>("bars => bars.map(b => [b.dataset.day, b.dataset.rows])");
        var shown = bars.ToDictionary(b => b[0], b => long.Parse(b[1], CultureInfo.InvariantCulture));

        Assert.Equal(expected, shown.Where(d => d.Value > 0).ToDictionary());
        Assert.Contains("Rows per day in", await page.Locator("#volume").GetAttributeAsync("aria-label"));
    }

    [Fact]
    public async Task Keyboard_alone_reaches_every_event_and_opens_one()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await OpenAsync(browser, "index.html");
        var events = await page.Locator("#results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(events.Length >= 6, $"{events.Length} events listed");

        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 200 && !events.All(reached.Contains); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.getAttribute('href')") is { } href)
            {
                reached.Add(href);
            }
        }

        Assert.Equal([], events.Where(e => !reached.Contains(e)).ToArray());
        // Focus is on an event link now; Enter follows it. The wait starts before the key is pressed: started after it,
        // it can find the new URL already committed and then miss that page's load event (about one run in seven).
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        var navigated = page.WaitForURLAsync(url => url.EndsWith(focused, StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }

    [Theory]
    [InlineData("light", 1280)]
    [InlineData("dark", 1280)]
    [InlineData("light", 375)]
    [InlineData("dark", 375)]
    public async Task Every_page_passes_the_accessibility_audit_without_console_errors(string scheme, int width)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var pages = new[] { "index.html", "all-events.html" }
            .Concat(Directory.GetFiles(Path.Combine(_site, "events"), "*.html").Select(p => "events/" + Path.GetFileName(p)).Order(StringComparer.Ordinal));
        var findings = new List<string>();
        foreach (var path in pages)
        {
            var page = await OpenAsync(browser, path, scheme, width);
            findings.AddRange((await AccessibilityAudit.RunAsync(page)).Select(f => $"{path}: {f}"));
            // The widest elements that stick out (not inside a scroll box, which is how wide tables are meant to fit).
            var sticking = await page.EvaluateAsync<string[]>("""
                () => document.documentElement.scrollWidth <= window.innerWidth ? [] :
                  [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.parentElement.closest('.scroll, pre'))
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
                """);
            findings.AddRange(sticking.Select(e => $"{path}: scrolls sideways at {width}px: {e}"));

            await page.CloseAsync();
        }

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    /// <summary>Opens a page of the site; fails the test on any console error or script exception there.</summary>
    private async Task<IPage> OpenAsync(IBrowser browser, string path, string scheme = "light", int width = 1280)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(Path.Combine(_site, path)).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors)}");
        return page;
    }

    private async Task<Dictionary<string, long>> DayCountsAsync(string table)
    {
        var text = (string?)await DemoWarehouse.ScalarAsync(_demo,
            $"select string_agg(strftime(cast(received_at as date), '%Y-%m-%d') || '=' || n, ',' order by 1) from (select cast(received_at as date) as received_at, count(*) as n from {DemoProject.RawSchema}.{table} group by 1)");
        return (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
    }
}
