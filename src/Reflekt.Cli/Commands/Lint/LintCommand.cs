using System.CommandLine;

namespace Reflekt.Cli.Commands.Lint;

/// <summary><c>reflekt lint</c>: check schemas against the project's conventions and the lint rules.</summary>
internal static class LintCommand
{
    public static Option<string[]> Select { get; } = new("--select", "-s")
    {
        Description = "Schema file(s) or folder(s) to lint. Starting with 'schemas/' is optional. Default: every schema.",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string[]> Exclude { get; } = new("--exclude", "-e")
    {
        Description = "Schema file(s) or folder(s) to leave out.",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string> Format { get; } = CreateFormat();

    public static Command Create(CliContext context)
    {
        var command = new Command("lint", "Lint schemas against the project's conventions and the lint rules (docs/lint-rules.md). Exit 1 if any error is found.")
        {
            Select,
            Exclude,
            Format,
        };
        command.SetAction((parseResult, cancellationToken) => new LintHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output: text (with a summary), json, sarif (SARIF 2.1.0 for code scanning) or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        return option;
    }
}
