using Reflekt.Cli.Tests.Commands.Lint;

namespace Reflekt.Cli.Tests.Commands.Report;

public sealed class ReportCommandTests
{
    [Fact]
    public async Task One_schema_is_printed_as_markdown()
    {
        using var project = new LintProject();

        var result = await CliRunner.RunAsync(project.Path, "report", "--select", "shop/Order_Completed/1-0.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""
            # Order Completed

            #### `$id: shop/Order_Completed/1-0.json`

            *An order was completed.*

            ## Properties

            - **`order_id`** *(string, required)*: Order id.

            """, result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Several_schemas_need_to_file()
    {
        using var project = new LintProject().WithBroken();

        var toTerminal = await CliRunner.RunAsync(project.Path, "report", "--select", "shop");
        Assert.Contains("cannot output multiple Markdown reports to terminal", toTerminal.AssertOneLineError());

        var toFile = await CliRunner.RunAsync(project.Path, "report", "--select", "shop", "--to-file");
        Assert.Equal(0, toFile.ExitCode);
        Assert.StartsWith("# Order Completed\n", File.ReadAllText(Path.Combine(project.Path, "schemas/shop/Order_Completed/1-0.md")));
        Assert.StartsWith("# Add to Cart\n", File.ReadAllText(Path.Combine(project.Path, "schemas/shop/Add_to_Cart/1-0.md")));
        Assert.Contains("Wrote schemas/shop/Add_to_Cart/1-0.md", toFile.Out);
    }
}
