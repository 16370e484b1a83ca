using System.CommandLine;

namespace Reflekt.Cli.Commands.Diff;

/// <summary><c>reflekt diff</c>: classified changes between two schema versions, or against a git ref.</summary>
internal static class DiffCommand
{
    public static Argument<string[]> Schemas { get; } = new("OLD NEW")
    {
        Description = "Two schema files or schema ids to compare (omit with --base).",
        Arity = new ArgumentArity(0, 2),
    };

    public static Option<string?> Base { get; } = new("--base")
    {
        Description = "Compare the selected schemas with their state at this git ref (branch, tag or commit).",
        HelpName = "REF",
    };

    public static Option<string[]> Select { get; } = new("--select", "-s")
    {
        Description = "With --base: schema file(s) or folder(s) to compare. Default: every schema.",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string> Format { get; } = CreateFormat();

    public static Option<string?> FailOn { get; } = CreateFailOn();

    public static Command Create(CliContext context)
    {
        var command = new Command("diff", "List changes between two versions of a schema, each classified breaking or non-breaking with a one-line explanation.")
        {
            Schemas,
            Base,
            Select,
            Format,
            FailOn,
        };
        command.SetAction((parseResult, cancellationToken) => new DiffHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output: text, json, markdown (one table per event, for a pull-request comment) or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json", "markdown", "github");
        return option;
    }

    private static Option<string?> CreateFailOn()
    {
        var option = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 when a breaking change is found (breaking), or never (none). Default: breaking with --base, none otherwise.",
        };
        option.AcceptOnlyFromAmong("breaking", "none");
        return option;
    }
}
