using System.CommandLine;

namespace Reflekt.Cli.Commands.Push;

/// <summary><c>reflekt push</c>: upload (or delete) the selected schemas in a schema registry.</summary>
internal static class PushCommand
{
    public static Option<string> Registry { get; } = RegistryOptions.Registry();

    public static Option<string> Select { get; } = RegistryOptions.Select(
        "Schema(s) to push: a folder or file under schemas/. For segment the first part is the tracking plan name.");

    public static Option<bool> Delete { get; } = new("--delete", "-D") { Description = "Delete the selected schema(s) from the registry instead (asks first unless --force)." };

    public static Option<bool> Force { get; } = new("--force", "-F") { Description = "Do not ask before --delete." };

    public static Option<bool> DryRun { get; } = new("--dry-run")
    {
        Description = "Show what would be added, changed and removed, and each schema's breaking-change verdict; send nothing (exit 1 if the push would be refused).",
    };

    public static Option<bool> AllowBreaking { get; } = new("--allow-breaking")
    {
        Description = "Push even when a schema breaks what the registry holds under the same MAJOR (refused with exit 1 otherwise).",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("push", "Push schema(s) to a schema registry (Segment Protocols, our registry server, S3).")
        {
            Registry, Select, Delete, Force, DryRun, AllowBreaking,
        };
        command.SetAction((parseResult, cancellationToken) => new PushHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }
}
