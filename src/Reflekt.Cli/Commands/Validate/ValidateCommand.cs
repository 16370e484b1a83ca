using System.CommandLine;

namespace Reflekt.Cli.Commands.Validate;

/// <summary><c>reflekt validate</c>: validate a JSON document or an NDJSON stream of events against one schema.</summary>
internal static class ValidateCommand
{
    public static Option<string> Schema { get; } = new("--schema")
    {
        Description = "Schema id (path under schemas/, e.g. shop/Order_Completed/1-0.json) or a schema file.",
        HelpName = "ID|FILE",
        Required = true,
    };

    public static Option<bool> Raw { get; } = new("--raw")
    {
        Description = "Validate whole documents, not the properties/traits of Segment calls.",
    };

    public static Option<string> Format { get; } = CreateFormat();

    public static Option<string> Formats { get; } = FormatsOption.Create();

    public static Argument<string> Input { get; } = new("FILE")
    {
        Description = "A JSON document or NDJSON stream; '-' (the default) reads standard input.",
        DefaultValueFactory = _ => "-",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("validate", "Validate events (Segment calls, or whole documents with --raw) against a schema. Exit 1 if any document is invalid.")
        {
            Schema,
            Raw,
            Format,
            Formats,
            Input,
        };
        command.SetAction((parseResult, cancellationToken) => new ValidateHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output: text, or json (one object per document: document and line, both 1-based, valid, errors).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }
}
