using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Lint;

/// <summary>Issue 16: mistakes in the files every command reads (project YAML, schema bytes).</summary>
public sealed class ConfigurationMistakeTests
{
    // Row 12: a tab in the indentation is reported at the tab's line and column.
    [Fact]
    public async Task A_tab_in_yaml_indentation_is_named_at_its_line_and_column()
    {
        var lines = Files.Project.Split('\n').ToList();
        var at = lines.FindIndex(l => l.Trim() == "numbers: false");
        lines[at] = "  \t  numbers: false";
        using var project = new LintProject(string.Join('\n', lines));

        var line = (await CliRunner.RunAsync(project.Path, "lint")).AssertOneLineError();

        Assert.EndsWith($"reflekt_project.yml:{at + 1}:3: YAML syntax error: a tab in the indentation (YAML indents with spaces)", line);
    }

    // Row 3: a Latin-1 byte in a schema is the same one line in every command, never a late exit 70.
    [Theory]
    [InlineData("lint")]
    [InlineData("report", "--select", "shop/Order_Completed")]
    [InlineData("debug")]
    [InlineData("validate", "--schema", "shop/Order_Completed/1-0.json", "-")]
    [InlineData("diff", "schemas/shop/Order_Completed/1-0.json", "schemas/shop/Order_Completed/1-0.json")]
    [InlineData("build", "--artifact", "dbt", "--select", "shop", "--source", "local.main.segment", "--sdk", "segment")]
    public async Task A_latin1_byte_in_a_schema_is_not_valid_utf8_in_every_command(params string[] args)
    {
        using var project = new LintProject();
        project.Dir.Write("reflekt_profiles.yml", Files.Profiles);
        var path = Path.Combine(project.Path, LintProject.CleanPath);
        var bytes = File.ReadAllBytes(path).ToList();
        var description = System.Text.Encoding.ASCII.GetBytes("An order");
        var offset = IndexOf(bytes, description);
        bytes[offset + 3] = 0xE9; // "An Érder": the 4th byte of the description, on line 4
        File.WriteAllBytes(path, [.. bytes]);

        var line = (await CliRunner.RunAsync(project.Path, args)).AssertOneLineError();

        Assert.Equal($"{path}:4:22: not valid UTF-8", line);
    }

    private static int IndexOf(List<byte> bytes, byte[] needle)
    {
        for (var i = 0; i <= bytes.Count - needle.Length; i++)
        {
            if (needle.Select((b, j) => bytes[i + j] == b).All(x => x))
            {
                return i;
            }
        }

        throw new InvalidOperationException("needle not found");
    }
}
