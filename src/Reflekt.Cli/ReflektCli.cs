using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Reflekt.Cli.Commands;

namespace Reflekt.Cli;

/// <summary>
/// Builds the `reflekt` command tree and runs it, owning the error path and exit codes:
/// 0 success, 1 findings, 2 bad input (a <see cref="ReflektException"/> or a usage error), 130 cancelled,
/// 70 an unexpected internal error (a bug).
/// </summary>
internal static class ReflektCli
{
    public const int Success = 0;
    public const int Findings = 1;
    public const int BadInput = 2;
    public const int InternalError = 70;
    public const int Cancelled = 130;

    /// <summary>Width help text is wrapped to, fixed so help output is the same on every terminal.</summary>
    public const int HelpWidth = 100;

    /// <summary>The root command with every sub-command of <see cref="CommandCatalog"/>.</summary>
    public static Command BuildRoot(CliContext context)
    {
        // A plain command named "reflekt" rather than RootCommand, whose name is the executable's
        // (Reflekt.Cli, or the test host), so help reads the same everywhere.
        var root = new Command("reflekt", "Reflekt: define product-analytics events as JSON Schema, lint them, sync them with registries, and build dbt packages.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        foreach (var option in CommonOptions.All)
        {
            root.Options.Add(option);
        }

        foreach (var create in CommandCatalog.All)
        {
            root.Subcommands.Add(create(context));
        }

        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption { Action: HelpAction help }:
                    help.MaxWidth = HelpWidth;
                    break;
                case VersionOption version:
                    version.Action = new PrintVersionAction();
                    break;
            }
        }

        return root;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken = default)
    {
        // Bare `reflekt` is a request for orientation, not a mistake.
        args = args.Count == 0 ? ["--help"] : args;
        var context = new CliContext(host, args);
        using var log = context.Log;
        var parseResult = BuildRoot(context).Parse(args);
        var verbose = parseResult.GetValue(CommonOptions.Verbose);
        // -v promises debug lines (queries with timings, HTTP attempts) as they happen, not only in the log file.
        log.DebugEcho = verbose ? host.Error : null;

        if (parseResult.Action is ParseErrorAction)
        {
            // One line, like every other bad input.
            var messages = string.Join("; ", parseResult.Errors.Select(e => OneLine(e.Message).TrimEnd('.')));
            await host.Error.WriteLineAsync($"error: {messages}. Run '{CommandPath(parseResult)} --help' for usage.");
            return BadInput;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                // Ctrl+C and SIGTERM are handled at the process edge (Program.cs), which cancels the token passed in.
                ProcessTerminationTimeout = null,
                Output = host.Out,
                Error = host.Error,
            };
            var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken);
            log.Info($"exit {exitCode}");
            return exitCode;
        }
        catch (ReflektException e)
        {
            log.Error(e.ToString());
            await host.Error.WriteLineAsync($"error: {OneLine(e.Message)}");
            if (verbose)
            {
                await host.Error.WriteLineAsync(e.ToString());
            }

            return BadInput;
        }
        catch (OperationCanceledException)
        {
            log.Error("cancelled");
            await host.Error.WriteLineAsync("error: cancelled");
            return Cancelled;
        }
        catch (Exception e)
        {
            log.Error(e.ToString());
            await host.Error.WriteLineAsync($"error: internal error: {e.GetType().Name}: {OneLine(e.Message)}" + (verbose ? "" : " (run with --verbose for the stack trace)"));
            if (verbose)
            {
                await host.Error.WriteLineAsync(e.ToString());
            }

            return InternalError;
        }
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', names);
    }

    // Messages are promised to be one line; a stray newline from a driver must not break that.
    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"Reflekt CLI Version: {CliVersion.Current}");
            return Success;
        }
    }
}
