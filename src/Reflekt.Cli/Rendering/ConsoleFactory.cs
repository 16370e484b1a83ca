using Spectre.Console;

namespace Reflekt.Cli.Rendering;

/// <summary>Creates the Spectre console handlers write to, with or without colour.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole Create(TextWriter output, bool color, bool interactive, int? width, int? height = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            // The host already decided (a terminal, NO_COLOR unset, no --no-color): don't second-guess it. Without
            // colour, Spectre still writes through its ANSI backend (with no colours, so no codes): its non-ANSI backend
            // sets System.Console colours, which .NET writes to a terminal as escape codes. Live displays (progress)
            // need cursor codes, so they fall back to plain lines.
            Ansi = AnsiSupport.Yes,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive && color ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (width is { } fixedWidth)
        {
            console.Profile.Width = fixedWidth;
        }

        if (height is { } fixedHeight)
        {
            console.Profile.Height = fixedHeight;
        }

        return console;
    }
}
