using System.CommandLine;
using Reflekt.Cli.Commands.Build;
using Reflekt.Cli.Commands.Codegen;
using Reflekt.Cli.Commands.Debug;
using Reflekt.Cli.Commands.Diff;
using Reflekt.Cli.Commands.Docs;
using Reflekt.Cli.Commands.Init;
using Reflekt.Cli.Commands.Lint;
using Reflekt.Cli.Commands.Pull;
using Reflekt.Cli.Commands.Push;
using Reflekt.Cli.Commands.Reflect;
using Reflekt.Cli.Commands.Report;
using Reflekt.Cli.Commands.Serve;
using Reflekt.Cli.Commands.Validate;
using Reflekt.Cli.Commands.Violations;

namespace Reflekt.Cli.Commands;

/// <summary>Every `reflekt` sub-command, one line each, in the order `--help` lists them.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<Func<CliContext, Command>> All { get; } =
    [
        InitCommand.Create,
        DebugCommand.Create,
        PullCommand.Create,
        PushCommand.Create,
        LintCommand.Create,
        ValidateCommand.Create,
        ReportCommand.Create,
        DiffCommand.Create,
        BuildCommand.Create,
        CodegenCommand.Create,
        ServeCommand.Create,
        ViolationsCommand.Create,
        ReflectCommand.Create,
        DocsCommand.Create,
    ];
}
