using System.CommandLine;
using System.Text.RegularExpressions;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests;

/// <summary>Issue 16 row 21: the README's command table and `--help` say the same thing.</summary>
public sealed partial class ReadmeUsageTests
{
    // "| `reflekt report --select PATH [--to-file]` | …": the usage cells of the README's command table.
    private static readonly string[] Usages = [.. File.ReadAllLines(Path.Combine(SharedFixtures.RepositoryRoot, "README.md"))
        .Select(line => UsageCell().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value.Replace("\\|", "|", StringComparison.Ordinal))];

    [Fact]
    public void Every_required_option_is_shown_outside_brackets_in_the_readme()
    {
        var root = ReflektCli.BuildRoot(new CliContext(new CliHost { Out = TextWriter.Null, Error = TextWriter.Null }, []));
        var problems = new List<string>();
        foreach (var command in root.Subcommands.Where(c => c.Options.Any(o => o.Required)))
        {
            var usages = Usages.Where(u => Regex.IsMatch(u, $@"(^|[ /|]){command.Name}([ |]|$)")).ToArray();
            if (usages.Length == 0)
            {
                problems.Add($"{command.Name}: no row in the README's command table");
                continue;
            }

            // Outside [...] only: "[--select PATH]" says optional.
            var shown = string.Join(' ', usages.Select(u => Optional().Replace(u, "")));
            problems.AddRange(command.Options.Where(o => o.Required && !o.Aliases.Prepend(o.Name).Any(n => Regex.IsMatch(shown, $@"(^|\s){Regex.Escape(n)}(\s|$)")))
                .Select(o => $"{command.Name}: {o.Name} is required but the README shows it optional or not at all"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Debug_help_says_it_checks_the_registries_too()
    {
        using var dir = new TempDirectory();

        var help = await CliRunner.RunAsync(dir.Path, "debug", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("each schema registry", help.Out.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\| `reflekt (.+?)` \|")]
    private static partial Regex UsageCell();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Optional();
}
