namespace Reflekt.Cli.Commands.Serve;

/// <summary>How the server's log lines look under `reflekt serve`: colour as the CLI decided, start failures left to the CLI's one line.</summary>
internal static class ServeLogging
{
    /// <summary>The server configuration with the CLI's logging choices added after <paramref name="configuration"/>.</summary>
    public static IReadOnlyDictionary<string, string?> Configuration(IReadOnlyDictionary<string, string?> configuration, bool color, bool verbose)
    {
        var result = new Dictionary<string, string?>(configuration, StringComparer.OrdinalIgnoreCase)
        {
            // --no-color / NO_COLOR: the console logger colours whenever stderr is a terminal unless told otherwise.
            ["Logging:Console:FormatterOptions:ColorBehavior"] = color ? "Default" : "Disabled",
        };
        if (!verbose)
        {
            // A failed start (port in use, spool locked) is logged by the host with its stack trace before the
            // exception reaches the CLI, which says the same in one line; the trace is for --verbose.
            result["Logging:LogLevel:Microsoft.Extensions.Hosting"] = "None";
        }

        return result;
    }
}
