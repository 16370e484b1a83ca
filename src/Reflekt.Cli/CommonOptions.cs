using System.CommandLine;

namespace Reflekt.Cli;

/// <summary>Options every command accepts, declared once and applied recursively.</summary>
internal static class CommonOptions
{
    public static Option<string?> ProjectDir { get; } = new("--project-dir")
    {
        Description = "Directory of the Reflekt project. Default: the nearest directory at or above the current one holding reflekt_project.yml.",
        HelpName = "DIR",
        Recursive = true,
    };

    public static Option<string?> Profile { get; } = new("--profile", "-p")
    {
        Description = "Profile in reflekt_profiles.yml to use. Default: default_profile of the project.",
        HelpName = "NAME",
        Recursive = true,
    };

    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show debug output, and the stack trace of errors.",
        Recursive = true,
    };

    public static Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Plain output without colours (also when NO_COLOR is set).",
        Recursive = true,
    };

    public static IEnumerable<Option> All => [ProjectDir, Profile, Verbose, NoColor];
}
