using System.CommandLine;

namespace Reflekt.Cli.Commands.Docs;

/// <summary><c>reflekt docs generate</c>: the tracking plan as a static website.</summary>
internal static class DocsCommand
{
    public static Option<string[]> Select { get; } = new("--select", "-s")
    {
        Description = "Schema file(s) or folder(s) to document. Default: every schema.",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string> Out { get; } = new("--out", "-o")
    {
        Description = "Output folder (replaced as a whole). Default: artifacts/docs/ in the project.",
        HelpName = "DIR",
    };

    public static Option<string> Source { get; } = new("--source")
    {
        Description = "Show the latest reflection of this source (stored by 'reflekt reflect') on each event page.",
        HelpName = "ID.DB.SCHEMA",
    };

    public static Command Create(CliContext context)
    {
        var generate = new Command("generate", "Write the tracking plan as a self-contained static site (works from file://).")
        {
            Select,
            Out,
            Source,
        };
        generate.SetAction((parseResult, cancellationToken) => new DocsGenerateHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return new Command("docs", "The tracking plan as a website: event pages, search, version diffs.") { generate };
    }
}
