using Microsoft.Playwright;
using Xunit;

namespace Reflekt.Testing.Browsers;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by .ci/run) driven by Playwright. Playwright's own browser
/// download cannot work here, so the executable is always the system one. Missing: fails under CI=true, else skips.
/// </summary>
public static class Chromium
{
    /// <summary>Where Debian's package puts the browser; <c>REFLEKT_CHROMIUM</c> overrides it.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("REFLEKT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Starts headless Chromium; dispose both the browser and the returned Playwright host.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"Chromium not found at {ExecutablePath} (apt-get install chromium)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // As root and on a closed network: no sandbox, and no background connections Chromium would retry.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }
}
