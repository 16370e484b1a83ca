using System.Reflection;

namespace Reflekt.Cli;

/// <summary>The tool's version, from the assembly's informational version (without the commit hash).</summary>
internal static class CliVersion
{
    public static string Current { get; } =
        (typeof(CliVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
