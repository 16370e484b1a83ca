using System.CommandLine;

namespace Reflekt.Cli.Commands.Report;

/// <summary><c>reflekt report</c>: Markdown documentation of schemas (upstream's report format).</summary>
internal static class ReportCommand
{
    public static Option<string[]> Select { get; } = new("--select", "-s")
    {
        Description = "Schema(s) to report on. Starting with 'schemas/' is optional.",
        HelpName = "PATH",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<bool> ToFile { get; } = new("--to-file", "-f")
    {
        Description = "Write report(s) to file instead of terminal (<schema>.md next to each schema).",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("report", "Generate a Markdown report of a schema (or, with --to-file, of every selected schema).")
        {
            Select,
            ToFile,
        };
        command.SetAction((parseResult, cancellationToken) => new ReportHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }
}
