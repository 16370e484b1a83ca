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

    public static Option<string> RegistryUrl { get; } = new("--registry-url")
    {
        Description = "Show the violations the registry server (reflekt serve) counted per event; its admin token comes from $REGISTRY_ADMIN_TOKEN.",
        HelpName = "URL",
    };

    public static Option<int> Port { get; } = ListenOptions.Port();

    public static Option<string> Host { get; } = ListenOptions.Host();

    public static Command Create(CliContext context)
    {
        var generate = new Command("generate", "Write the tracking plan as a self-contained static site (works from file://).")
        {
            Select,
            Out,
            Source,
            RegistryUrl,
        };
        generate.SetAction((parseResult, cancellationToken) => new DocsGenerateHandler(parseResult, context).ExecuteAsync(cancellationToken));
        var serve = new Command("serve", "Serve the site on a local port and regenerate it whenever a schema changes (Ctrl+C stops).")
        {
            Select,
            Source,
            RegistryUrl,
            Port,
            Host,
        };
        serve.SetAction((parseResult, cancellationToken) => new DocsServeHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return new Command("docs", "The tracking plan as a website: event pages, search, version diffs.") { generate, serve };
    }
}
