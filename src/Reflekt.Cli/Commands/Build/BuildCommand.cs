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

    public static Option<bool> Force { get; } = new("--force")
    {
        Description = "Overwrite or remove generated files that were edited by hand since the last build.",
    };

    public static Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Exit 1 when the build has warnings (a missing table or column); the package is still written.",
    };

    public static Option<string> Format { get; } = CreateFormat();

    public static Command Create(CliContext context)
    {
        var command = new Command("build", "Build an artifact (a dbt package of sources, staging models and docs) from schemas and the warehouse catalog.")
        {
            Artifact, Select, Sdk, Source, Force, Strict, Format,
        };
        command.SetAction((parseResult, cancellationToken) => new BuildHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output: text (build steps and a summary line) or json (the models, tests and warnings).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
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
