using System.CommandLine;
using Reflekt.Cli.Commands;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests;

/// <summary>
/// `--help` of the root and every command is a golden file in Help/ (options are a contract).
/// After an intended change, REFLEKT_UPDATE_GOLDEN=1 rewrites them (and fails); review the diff and rerun.
/// </summary>
public sealed class HelpGoldenTests
{
    public static TheoryData<string> Commands()
    {
        var root = ReflektCli.BuildRoot(new CliContext(new CliHost { Out = TextWriter.Null, Error = TextWriter.Null }, []));
        return new TheoryData<string>(root.Subcommands.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_help_matches_its_golden_file(string command)
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync(dir.Path, command, "--help");

        Assert.Equal(0, result.ExitCode);
        AssertGolden(command, result.Out);
    }

    [Fact]
    public async Task Root_help_matches_its_golden_file_and_lists_every_command()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync(dir.Path, "--help");

        Assert.Equal(0, result.ExitCode);
        // The command list grows with every branch; it is checked by name, the rest is golden.
        var commandsAt = result.Out.IndexOf("Commands:", StringComparison.Ordinal);
        Assert.True(commandsAt > 0);
        AssertGolden("reflekt", result.Out[..commandsAt]);
        var root = ReflektCli.BuildRoot(new CliContext(new CliHost { Out = TextWriter.Null, Error = TextWriter.Null }, []));
        foreach (var command in root.Subcommands)
        {
            Assert.Contains($"\n  {command.Name} ", result.Out[commandsAt..]);
        }

        Assert.Equal(CommandCatalog.All.Count, root.Subcommands.Count);
    }

    // Help pads wrapped lines with spaces; editors strip them, so both sides are compared without.
    private static void AssertGolden(string name, string actual) =>
        Golden.Assert(Path.Combine("tests", "Reflekt.Cli.Tests", "Help", name + ".txt"), actual, TrimLines);

    private static string TrimLines(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()));
}
