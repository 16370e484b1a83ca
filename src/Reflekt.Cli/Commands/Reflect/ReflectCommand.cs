using System.CommandLine;

namespace Reflekt.Cli.Commands.Reflect;

/// <summary><c>reflekt reflect</c>: reflect the event tables of selected schemas, record revisions, report drift and staleness.</summary>
internal static class ReflectCommand
{
    public static Option<string> Select { get; } = new("--select", "-s")
    {
        Description = "Schema(s) to reflect: a folder or a schema file under schemas/. Default: all; only then are tables no schema describes reported (RF005).",
        HelpName = "SELECT",
    };

    public static Option<string> Source { get; } = new("--source")
    {
        Description = "Warehouse schema with the raw event tables, as <source_id>.<database>.<schema>; source_id is an id in the profile's source list.",
        HelpName = "SOURCE",
        Required = true,
    };

    public static Option<string> Sdk { get; } = Choice("--sdk", "The CDP that loaded the raw tables, which fixes their layout.", "SDK", "segment", ["segment", "rudderstack"]);

    public static Option<int> Days { get; } = new("--days")
    {
        Description = "Days of row counts to aggregate, counting today.",
        HelpName = "DAYS",
        DefaultValueFactory = _ => 30,
    };

    public static Option<string> StaleAfter { get; } = new("--stale-after")
    {
        Description = "An event is stale when nothing arrived for this long, e.g. 24h, 90m, 2d.",
        HelpName = "DURATION",
        DefaultValueFactory = _ => "24h",
    };

    public static Option<string> Format { get; } = Choice("--format", "Output format.", "FORMAT", "text", ["text", "json", "markdown"]);

    public static Option<string> FailOn { get; } = new("--fail-on")
    {
        Description = "Exit 1 when findings of these kinds exist: comma-separated drift, stale, error. Default: exit 1 on any error-severity finding (docs/reflect.md).",
        HelpName = "KINDS",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("reflect", "Reflect the warehouse tables of the selected schemas: columns, day counts, freshness, revisions and drift.")
        {
            Select, Source, Sdk, Days, StaleAfter, Format, FailOn,
        };
        command.SetAction((parseResult, cancellationToken) => new ReflectHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    private static Option<string> Choice(string name, string description, string helpName, string defaultValue, string[] choices)
    {
        var option = new Option<string>(name)
        {
            Description = description + " One of: " + string.Join(", ", choices) + ".",
            HelpName = helpName,
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }
}
