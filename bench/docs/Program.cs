using Reflekt.Testing.Browsers;

// usage: DocsBench measure SITE_DIR [RUNS] [TERM]...   index load and search timings (medians) in Chromium
//        DocsBench screenshots SITE_DIR OUT_DIR EVENT_SLUG   index and event page, light/dark, 1280/375 px wide
if (args.Length < 2 || args[0] is not ("measure" or "screenshots") || (args[0] == "screenshots" && args.Length != 4))
{
    Console.Error.WriteLine("usage: DocsBench measure SITE_DIR [RUNS] [TERM]... | DocsBench screenshots SITE_DIR OUT_DIR EVENT_SLUG");
    return 2;
}

var site = Path.GetFullPath(args[1]);
if (!File.Exists(Path.Combine(site, "index.html")))
{
    Console.Error.WriteLine($"{site}: no index.html (run `reflekt docs generate` first)");
    return 2;
}

if (!File.Exists(Chromium.ExecutablePath))
{
    Console.Error.WriteLine($"Chromium not found at {Chromium.ExecutablePath} (apt-get install chromium)");
    return 2;
}

var (playwright, browser) = await Chromium.LaunchAsync();
using var _ = playwright;
await using var __ = browser;
if (args[0] == "measure")
{
    var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7;
    string[] terms = args.Length > 3 ? args[3..] : ["refund total", "order viewed", "no such event"];
    return await SiteTimings.RunAsync(browser, site, runs, terms);
}

return await SiteScreenshots.RunAsync(browser, site, Path.GetFullPath(args[2]), args[3]);
