using System.Runtime.InteropServices;
using Reflekt.Cli;

// The process edge: real console, real environment, Ctrl+C; everything else lives in ReflektCli.
// The first Ctrl+C (or SIGTERM) cancels the run, which then exits 130 having written nothing half-done; a second one
// ends the process at once, for a command that does not stop.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});
return await ReflektCli.RunAsync(args, CliHost.FromProcess(), cancellation.Token);
