using System.CommandLine;
using Reflekt.Registries;

namespace Reflekt.Cli.Commands.Push;

/// <summary>The options push and pull share, with upstream's names and short flags.</summary>
internal static class RegistryOptions
{
    public static Option<string> Registry() => new Option<string>("--registry", "-r")
    {
        Description = "Schema registry: segment, avo, reflekt or s3 (its entry in the profile).",
        HelpName = "TYPE",
        Required = true,
    }.AcceptOnlyFromAmong([.. RegistryFactory.Types]);

    public static Option<string> Select(string description) => new("--select", "-s")
    {
        Description = description,
        HelpName = "SELECT",
        Required = true,
    };
}
