using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

/// <summary>
/// Index load and first search in a fresh page (a new browser context per run, file:// like a reader opening the site):
/// the page itself types the term at its load event and reports, from navigation start, when the results were
/// painted; then search latency per keystroke in a loaded page, timed in the page from setting the value to the frame
/// after it painted.
/// </summary>
/// <remarks>
/// Each new context opens a browser window, and Chromium (156) loads that window's own omnibox-popup WebUI in a
/// second renderer, 100–250 ms of CPU on this 2-core machine, concurrent with the first navigation. A reader's
/// browser window is already open, so each run first waits on about:blank for that to finish; the page is then
/// navigated, and nothing of Playwright's runs in it until it has reported (no polling script competes with it).
/// </remarks>
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

    // Runs in the page from its first script on: at the load event it types the whole term as one input event and,
    // once the result count changed and the next frame painted, logs both times (ms since navigation start).
    private const string FirstSearch = """
        term => addEventListener('load', () => {
          const q = document.getElementById('q');
          if (!q) return;
          const loaded = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => console.debug('reflekt-bench ' + loaded + ' ' + performance.now()), 0));
          });
          observer.observe(document.getElementById('count'), { childList: true, characterData: true, subtree: true });
          q.value = term; q.dispatchEvent(new Event('input', { bubbles: true }));
        })
        """;

    // How long a new window is left on about:blank before the measured navigation (see remarks).
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);

    public static async Task<int> RunAsync(IBrowser browser, string site, int runs, IReadOnlyList<string> terms)
    {
        var index = new Uri(Path.Combine(site, "index.html")).AbsoluteUri;
        var bytes = new FileInfo(Path.Combine(site, "assets", "search-index.js")).Length;
        Console.WriteLine($"search index: {bytes / 1024.0 / 1024.0:F1} MiB");
        var loadEvent = new List<double>();
        var answer = new List<double>();
        var errors = new List<string>();
        for (var run = 0; run < runs; run++)
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            page.PageError += (_, e) => errors.Add(e);
            var reported = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            page.Console += (_, m) => { if (m.Text.StartsWith("reflekt-bench ", StringComparison.Ordinal)) reported.TrySetResult(m.Text); };
            await page.GotoAsync("about:blank");
            await Task.Delay(Settle);
            await page.AddInitScriptAsync($"({FirstSearch})({JsonSerializer.Serialize(terms[0])})");
            await page.GotoAsync(index, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            var times = (await reported.Task.WaitAsync(TimeSpan.FromSeconds(30))).Split(' ');
            loadEvent.Add(double.Parse(times[1], CultureInfo.InvariantCulture));
            answer.Add(double.Parse(times[2], CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"index load, navigation to load event: {Summary(loadEvent)}");
        Console.WriteLine($"first search \"{terms[0]}\" typed at the load event, to its results painted: {Summary([.. answer.Select((a, i) => a - loadEvent[i])])}");
        Console.WriteLine($"index load and first search answer, navigation to results painted (target < 200 ms): {Summary(answer)}");

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
