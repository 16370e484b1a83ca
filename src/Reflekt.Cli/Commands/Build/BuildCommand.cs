using System.CommandLine;

namespace Reflekt.Cli.Commands.Build;

/// <summary><c>reflekt build --artifact dbt</c>: a dbt package (sources, staging models, docs) from the schemas and the warehouse.</summary>
internal static class BuildCommand
{
    public static Option<string> Artifact { get; } = Required("--artifact", "-a", "Type of artifact to build.", "ARTIFACT", ["dbt"]);

    public static Option<string> Select { get; } = new("--select", "-s")
    {
        Description = "Schema(s) to build: a folder or a schema file under schemas/.",
        HelpName = "SELECT",
        Required = true,
    };

    public static Option<string> Sdk { get; } = Required("--sdk", null, "The CDP that loaded the raw tables, which fixes their layout.", "SDK", ["segment", "rudderstack"]);

    public static Option<string> Source { get; } = new("--source")
    {
        Description = "Warehouse schema with the raw event tables, as <source_id>.<database>.<schema>; source_id is an id in the profile's source list.",
        HelpName = "SOURCE",
        Required = true,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("build", "Build an artifact (a dbt package of sources, staging models and docs) from schemas and the warehouse catalog.")
        {
            Artifact, Select, Sdk, Source,
        };
        command.SetAction((parseResult, cancellationToken) => new BuildHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    private static Option<string> Required(string name, string? alias, string description, string helpName, string[] choices)
    {
        var option = alias is null ? new Option<string>(name) : new Option<string>(name, alias);
        option.Description = description + " One of: " + string.Join(", ", choices) + ".";
        option.HelpName = helpName;
        option.Required = true;
        option.AcceptOnlyFromAmong(choices);
        return option;
    }
}
