namespace Reflekt.Cli.Commands.Init;

/// <summary>The command of a "Next:" hint, runnable as printed from where the user is: into the project, then reflekt as the user starts it.</summary>
internal static class NextStep
{
    public static string Command(CliHost host, string projectDirectory, string arguments)
    {
        var relative = Path.GetRelativePath(host.WorkingDirectory, projectDirectory);
        var cd = relative == "." ? "" : $"cd {ShellWord(relative)} && ";
        return $"{cd}{Launcher(host.Launcher, projectDirectory)} {arguments}";
    }

    // A launcher script is named from the project directory the hint changes into (./reflekt from the checkout is
    // ../reflekt from a project made inside it); a bare name is found on PATH wherever the user is.
    private static string Launcher(string launcher, string projectDirectory)
    {
        if (!Path.IsPathRooted(launcher))
        {
            return launcher;
        }

        var relative = Path.GetRelativePath(projectDirectory, launcher);
        return ShellWord(Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal) ? relative : "./" + relative);
    }

    private static string ShellWord(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-') ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
