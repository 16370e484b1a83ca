using Microsoft.Playwright;

/// <summary>
/// The screenshots committed under docs/screenshots/: the index and one event page, in the light and dark scheme
/// (the site follows prefers-color-scheme), at a desktop and a phone width.
/// </summary>
internal static class SiteScreenshots
{
    private static readonly (string Name, int Width, int Height, bool Phone)[] Sizes =
        [("desktop", 1280, 900, false), ("phone", 375, 812, true)];

    public static async Task<int> RunAsync(IBrowser browser, string site, string outDir, string eventSlug)
    {
        Directory.CreateDirectory(outDir);
        var pages = new[] { ("index", "index.html"), ("event", $"events/{eventSlug}.html") };
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var (size, width, height, phone) in Sizes)
            {
                await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = height },
                    ColorScheme = scheme,
                    IsMobile = phone,
                    HasTouch = phone,
                    DeviceScaleFactor = 1, // 1x keeps the committed PNGs small
                });
                var page = await context.NewPageAsync();
                foreach (var (name, path) in pages)
                {
                    var file = Path.Combine(site, path);
                    if (!File.Exists(file))
                    {
                        Console.Error.WriteLine($"{file}: no such page");
                        return 2;
                    }

                    await page.GotoAsync(new Uri(file).AbsoluteUri);
                    var png = Path.Combine(outDir, $"{name}-{size}-{scheme.ToString().ToLowerInvariant()}.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
                    Console.WriteLine(png);
                }
            }
        }

        return 0;
    }
}
