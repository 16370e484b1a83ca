using System.CommandLine;
using Reflekt.Cli.Commands.Push;

namespace Reflekt.Cli.Commands.Pull;

/// <summary><c>reflekt pull</c>: write schema(s) from a schema registry into schemas/.</summary>
internal static class PullCommand
{
    public static Option<string> Registry { get; } = RegistryOptions.Registry();

    public static Option<string> Select { get; } = RegistryOptions.Select(
        "Schema(s) to pull from schema registry. If registry uses tracking plans, starting with the plan name.");

    public static Command Create(CliContext context)
    {
        var command = new Command("pull", "Pull schema(s) from a schema registry (Segment Protocols, Avo, our registry server, S3) into schemas/.")
        {
            Registry, Select,
        };
        command.SetAction((parseResult, cancellationToken) => new PullHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }
}
