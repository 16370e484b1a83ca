using System.Runtime.InteropServices;
using Reflekt.Cli;

// The process edge: real console, real environment, Ctrl+C; everything else lives in ReflektCli.
// The first Ctrl+C (or SIGTERM) cancels the run, which then exits 130 having written nothing half-done; a second one
// ends the process at once, for a command that does not stop.
// SIGINT through a signal registration, not Console.CancelKeyPress: that event sets the terminal up, writing escape
// codes even under --no-color.
using var cancellation = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
});
using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});
var host = CliHost.FromProcess();
// Everything else that writes to the console (the server's log) goes through the same plain descriptors.
Console.SetOut(host.Out);
Console.SetError(host.Error);
return await ReflektCli.RunAsync(args, host, cancellation.Token);
