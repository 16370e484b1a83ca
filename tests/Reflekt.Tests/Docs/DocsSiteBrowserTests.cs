using Reflekt.Codegen;
using Reflekt.Docs;
using Reflekt.Schemas;
using Reflekt.Testing;
using Reflekt.Testing.Browsers;

namespace Reflekt.Tests.Docs;

/// <summary>The generated site opened from file:// in Debian's Chromium.</summary>
public sealed class DocsSiteBrowserTests
{
    private static EventSchema Schema(string folder, string version, string property, string description, string values) => EventSchemaFile.FromText(
        $"/p/schemas/{folder}/{version}.json", $"{folder}/{version}.json",
        $$"""
        {"$id":"{{folder}}/{{version}}.json","self":{"name":"{{folder[(folder.IndexOf('/') + 1)..].Replace('_', ' ')}}","version":"{{version}}"},"type":"object",
         "properties":{"{{property}}":{"type":"string","description":"{{description}}","enum":[{{values}}]} } }
        """).RequireSchema();

    [Fact]
    public async Task Search_finds_an_event_by_a_property_description_and_the_diff_shows_a_removed_enum_value_as_breaking()
    {
        using var dir = new TempDirectory();
        var site = DocsSiteBuilder.Build(new DocsInput("Shop",
        [
            Schema("shop/Order_Completed", "1-0", "status", "Where the basket is in checkout", "\"paid\",\"refunded\""),
            Schema("shop/Order_Completed", "2-0", "status", "Where the basket is in checkout", "\"paid\""),
            Schema("shop/Cart_Viewed", "1-0", "cart_id", "Id of the cart", "\"a\""),
        ], [], "stg_"));
        GeneratedCode.Write(dir.Path, SiteRenderer.Render(site));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(new Uri(Path.Combine(dir.Path, "index.html")).AbsoluteUri);
        await page.GetByLabel("Search events, properties and descriptions").FillAsync("basket checkout");
        var results = page.Locator("#results li");
        await Microsoft.Playwright.Assertions.Expect(results).ToHaveCountAsync(1);
        Assert.Contains("Order Completed", await results.InnerTextAsync());
        Assert.Contains("status", await results.InnerTextAsync());

        await results.Locator("a").ClickAsync();
        var verdict = await page.Locator("#diff-verdict").InnerTextAsync();
        Assert.Contains("breaking", verdict);
        Assert.Contains("enum-value-removed", await page.Locator("#diff-result table").InnerTextAsync());

        // The picker draws other pairs from the diffs embedded in the page; a pair picked newest first is shown oldest first.
        await page.GetByLabel("From", new() { Exact = true }).SelectOptionAsync("2-0");
        await page.GetByLabel("To", new() { Exact = true }).SelectOptionAsync("1-0");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#diff-result")).ToContainTextAsync("Shown from the older to the newer version.");
        Assert.Contains("1-0 → 2-0: breaking", await page.Locator("#diff-verdict").InnerTextAsync());
        await page.GetByLabel("From", new() { Exact = true }).SelectOptionAsync("1-0");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#diff-verdict")).ToHaveTextAsync("Pick two different versions.");
        Assert.Empty(errors);
    }
}
