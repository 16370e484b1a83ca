using Reflekt.Projects;

namespace Reflekt.Cli;

/// <summary>What the CLI receives from the process: output streams, input, environment and working directory (tests pass their own).</summary>
internal sealed class CliHost
{
    /// <summary>Standard output (results, tables, help).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error (error messages).</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input, for prompts.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>True when stdin and stdout are a terminal, so prompts can be shown.</summary>
    public bool IsInteractive { get; init; }

    /// <summary>True when secrets can be read without echo (the real terminal).</summary>
    public bool CanHideInput { get; init; }

    /// <summary>True when the output understands ANSI colours (a terminal, and NO_COLOR unset).</summary>
    public bool SupportsColor { get; init; }

    /// <summary>The environment seen by profile loading.</summary>
    public ProfileEnvironment Environment { get; init; } = ProfileEnvironment.Process;

    /// <summary>Where project discovery starts when --project-dir is not given.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// How the user starts reflekt, for hints printed as commands: the checkout's <c>./reflekt</c> script sets
    /// <c>REFLEKT_LAUNCHER</c> to its absolute path; otherwise <c>reflekt</c> (an installed tool, on PATH).
    /// </summary>
    public string Launcher { get; init; } = "reflekt";

    /// <summary>Table width when output goes to a file or pipe.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>Terminal width for tables; null lets Spectre detect it.</summary>
    public int? Width { get; init; }

    /// <summary>Terminal height (for live displays); null lets Spectre detect it.</summary>
    public int? Height { get; init; }

    /// <summary>The real process: console streams, environment, current directory.</summary>
    public static CliHost FromProcess()
    {
        var terminal = TerminalOutput.Size();
        return new()
        {
            Out = TerminalOutput.Out,
            Error = TerminalOutput.Error,
            In = new LazyConsoleInput(),
            IsInteractive = !Console.IsInputRedirected && !Console.IsOutputRedirected,
            CanHideInput = !Console.IsInputRedirected,
            // https://no-color.org: any non-empty NO_COLOR disables colour.
            SupportsColor = !Console.IsOutputRedirected && string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("NO_COLOR")),
            Launcher = System.Environment.GetEnvironmentVariable("REFLEKT_LAUNCHER") is { Length: > 0 } launcher ? launcher : "reflekt",
            // Spectre assumes 80 columns when redirected; CI logs read better unwrapped. On a terminal the width is asked
            // of the terminal here, so Spectre never queries Console.WindowWidth (which writes escape codes).
            Width = Console.IsOutputRedirected ? RedirectedWidth : terminal?.Columns,
            Height = terminal?.Rows,
        };
    }
}
