using Reflekt.Projects;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Rendering;

public sealed class ColorTests
{
    private static async Task<string> DebugOutput(bool supportsColor, params string[] extra)
    {
        using var dir = new TempDirectory();
        dir.Write("reflekt_project.yml", Files.Project);
        dir.Write("reflekt_profiles.yml", Files.Profiles.Replace("  source:\n    - id: local\n      type: sqlite\n      path: ./warehouse.sqlite\n", "  source: []\n", StringComparison.Ordinal));
        using var output = new StringWriter();
        var host = new CliHost
        {
            Out = output,
            Error = TextWriter.Null,
            SupportsColor = supportsColor,
            Environment = ProfileEnvironment.FromVariables(new Dictionary<string, string>()),
            WorkingDirectory = dir.Path,
            Width = 200,
        };
        Assert.Equal(0, await ReflektCli.RunAsync(["debug", .. extra], host, TestContext.Current.CancellationToken));
        return output.ToString();
    }

    [Fact]
    public async Task Colour_is_used_when_supported()
    {
        Assert.Contains("\u001b[", await DebugOutput(supportsColor: true));
    }

    [Fact]
    public async Task No_color_flag_removes_escape_codes()
    {
        var output = await DebugOutput(supportsColor: true, "--no-color");

        Assert.DoesNotContain("\u001b[", output);
        Assert.Contains("✓", output);
    }
}
