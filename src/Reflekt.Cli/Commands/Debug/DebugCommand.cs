using System.CommandLine;

namespace Reflekt.Cli.Commands.Debug;

/// <summary><c>reflekt debug</c>: check the project and profile, and really connect to every source.</summary>
internal static class DebugCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("debug", "Check the project configuration, connect to each warehouse source (select 1) and make an authenticated no-op call to each schema registry. Exit 1 if any check fails.");
        command.SetAction((parseResult, cancellationToken) => new DebugHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }
}
