using Spectre.Console;
using Spectre.Console.Rendering;

namespace Reflekt.Cli.Rendering;

/// <summary>Renders check results as a table with ✓ / ✗ / – and the reason.</summary>
internal static class CheckTableView
{
    public static IRenderable Render(IEnumerable<CheckResult> checks)
    {
        var table = new Table().AddColumn("Check").AddColumn(new TableColumn("").Centered()).AddColumn("Detail");
        foreach (var check in checks)
        {
            var mark = check.Status switch
            {
                CheckStatus.Pass => new Text("✓", new Style(Color.Green)),
                CheckStatus.Fail => new Text("✗", new Style(Color.Red)),
                CheckStatus.Skipped => new Text("–", new Style(Color.Grey)),
                _ => throw new ArgumentOutOfRangeException(nameof(checks)),
            };
            table.AddRow(new Text(check.Name), mark, new Text(check.Detail));
        }

        return table;
    }
}
