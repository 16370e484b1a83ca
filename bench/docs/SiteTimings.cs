using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

/// <summary>
/// Index load (fresh browser context per run, file:// like a reader opening the site) and search latency: each
/// keystroke of a term is one input event, timed in the page from setting the value to the frame after it painted.
/// </summary>
internal static class SiteTimings
{
    // rAF fires before the frame is painted; the timeout after it runs once the paint is done.
    private const string TypeTerm = """
        async (term) => {
          const q = document.getElementById('q');
          const painted = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
          q.value = ''; q.dispatchEvent(new Event('input', { bubbles: true })); await painted();
          const keys = [];
          for (let i = 1; i <= term.length; i++) {
            const t0 = performance.now();
            q.value = term.slice(0, i); q.dispatchEvent(new Event('input', { bubbles: true }));
            await painted();
            keys.push(performance.now() - t0);
          }
          return { last: keys[keys.length - 1], max: Math.max(...keys), count: document.getElementById('count').textContent };
        }
        """;

    // The first search of a freshly loaded index (one input event with the whole term): what a reader waits for
    // after the page loaded, including any preparation the script leaves to the first search.
    private const string FirstSearch = """
        async (term) => {
          const q = document.getElementById('q');
          const painted = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
          const t0 = performance.now();
          q.value = term; q.dispatchEvent(new Event('input', { bubbles: true }));
          await painted();
          return performance.now() - t0;
        }
        """;

    public static async Task<int> RunAsync(IBrowser browser, string site, int runs, IReadOnlyList<string> terms)
    {
        var index = new Uri(Path.Combine(site, "index.html")).AbsoluteUri;
        var bytes = new FileInfo(Path.Combine(site, "assets", "search-index.js")).Length;
        Console.WriteLine($"search index: {bytes / 1024.0 / 1024.0:F1} MiB");
        var wall = new List<double>();
        var loadEvent = new List<double>();
        var firstSearch = new List<double>();
        var loadAndSearch = new List<double>();
        var errors = new List<string>();
        for (var run = 0; run < runs; run++)
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            page.PageError += (_, e) => errors.Add(e);
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(index, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.WaitForFunctionAsync("() => document.getElementById('count').textContent.length > 0");
            wall.Add(clock.Elapsed.TotalMilliseconds);
            loadEvent.Add(await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd"));
            firstSearch.Add(await page.EvaluateAsync<double>(FirstSearch, terms[0]));
            loadAndSearch.Add(loadEvent[^1] + firstSearch[^1]);
        }

        Console.WriteLine($"index load, navigation to load event: {Summary(loadEvent)}");
        Console.WriteLine($"index load, Playwright goto to first results: {Summary(wall)}");
        Console.WriteLine($"first search \"{terms[0]}\" after the load: {Summary(firstSearch)}");
        Console.WriteLine($"index load + first search answer (target < 200 ms): {Summary(loadAndSearch)}");

        await using var searchContext = await browser.NewContextAsync();
        var searchPage = await searchContext.NewPageAsync();
        searchPage.PageError += (_, e) => errors.Add(e);
        await searchPage.GotoAsync(index);
        foreach (var term in terms)
        {
            var last = new List<double>();
            var worst = new List<double>();
            var found = "";
            for (var run = 0; run < runs; run++)
            {
                var result = await searchPage.EvaluateAsync<JsonElement>(TypeTerm, term);
                last.Add(result.GetProperty("last").GetDouble());
                worst.Add(result.GetProperty("max").GetDouble());
                found = result.GetProperty("count").GetString();
            }

            Console.WriteLine($"search \"{term}\" ({found}): full term {Summary(last)}; slowest keystroke {Summary(worst)}");
        }

        foreach (var error in errors)
        {
            Console.Error.WriteLine($"page error: {error}");
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static string Summary(List<double> ms)
    {
        var sorted = ms.Order().ToList();
        var runs = string.Join(", ", ms.Select(m => m.ToString("F0", CultureInfo.InvariantCulture)));
        return $"median {sorted[(sorted.Count - 1) / 2].ToString("F0", CultureInfo.InvariantCulture)} ms (runs: {runs})";
    }
}
