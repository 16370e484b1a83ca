using Spectre.Console;

namespace Reflekt.Cli.Rendering;

/// <summary>Creates the Spectre console handlers write to, with or without colour.</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole Create(TextWriter output, bool color, bool interactive, int? width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            // The host already decided (a terminal, NO_COLOR unset, no --no-color): don't second-guess it.
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (width is { } fixedWidth)
        {
            console.Profile.Width = fixedWidth;
        }

        return console;
    }
}
