using System.CommandLine;

namespace Reflekt.Cli.Commands.Violations;

/// <summary><c>reflekt violations</c>: which live events break the plan, as the registry server counted them.</summary>
internal static class ViolationsCommand
{
    public static Option<string> Url { get; } = new("--url")
    {
        Description = "Base URL of the registry server (reflekt serve), e.g. http://localhost:8080.",
        HelpName = "URL",
        Required = true,
    };

    public static Option<string> Since { get; } = new("--since")
    {
        Description = "Start of the window: a duration back from now (90m, 24h, 7d) or an ISO-8601 time.",
        HelpName = "WHEN",
        DefaultValueFactory = _ => "24h",
    };

    public static Option<string?> Token { get; } = new("--admin-token")
    {
        Description = "The server's admin token. Default: $REGISTRY_ADMIN_TOKEN.",
        HelpName = "TOKEN",
    };

    public static Option<string> Format { get; } = CreateFormat();

    public static Command Create(CliContext context)
    {
        var command = new Command("violations", "Show which live events broke their schema on the registry server: per schema, pointer and kind, with counts, first/last seen and a masked sample.")
        {
            Url, Since, Token, Format,
        };
        command.SetAction((parseResult, cancellationToken) => new ViolationsHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    // Configured once: options are static and shared by every command tree built in the process.
    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output: text (a table) or json (the server's report).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }
}
