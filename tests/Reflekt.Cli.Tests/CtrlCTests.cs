using Reflekt.Projects;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests;

/// <summary>Issue 16 row 4: Ctrl+C while the CLI waits for the user exits 130 at once, with nothing half-written.</summary>
public sealed class CtrlCTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly BlockingReader _terminal = new();

    public void Dispose()
    {
        _terminal.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Ctrl_c_at_an_init_prompt_exits_130_and_writes_nothing()
    {
        var (exitCode, error) = await RunAndInterruptAsync("init", "--dir", "p");

        Assert.Equal(ReflektCli.Cancelled, exitCode);
        Assert.Equal("error: cancelled", error.Trim());
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "p")));
    }

    [Fact]
    public async Task Ctrl_c_while_validate_reads_a_terminal_exits_130()
    {
        _dir.Write("reflekt_project.yml", Files.Project);
        _dir.Write(Commands.Lint.LintProject.CleanPath, Commands.Lint.LintProject.Clean);

        var (exitCode, error) = await RunAndInterruptAsync("validate", "--schema", "shop/Order_Completed/1-0.json", "-");

        Assert.Equal(ReflektCli.Cancelled, exitCode);
        Assert.Equal("error: cancelled", error.Trim());
    }

    // A pipe whose producer died of the same Ctrl+C simply ends: still cancelled, not "0 documents, all valid".
    [Fact]
    public async Task Ctrl_c_while_validate_reads_a_pipe_that_then_ends_exits_130()
    {
        _dir.Write("reflekt_project.yml", Files.Project);
        _dir.Write(Commands.Lint.LintProject.CleanPath, Commands.Lint.LintProject.Clean);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var exitCode = await ReflektCli.RunAsync(["validate", "--schema", "shop/Order_Completed/1-0.json", "-"], Host(TextReader.Null, new StringWriter()), cancellation.Token);

        Assert.Equal(ReflektCli.Cancelled, exitCode);
    }

    private async Task<(int ExitCode, string Error)> RunAndInterruptAsync(params string[] args)
    {
        using var error = new StringWriter();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // On a thread of its own: a prompt blocks its caller, as it blocks the real process's main thread.
        var run = Task.Run(() => ReflektCli.RunAsync(args, Host(_terminal, error), cancellation.Token), TestContext.Current.CancellationToken);
        await _terminal.ReadStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await cancellation.CancelAsync(); // what Program.cs does on the first Ctrl+C

        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return (exitCode, error.ToString());
    }

    private CliHost Host(TextReader input, TextWriter error) => new()
    {
        Out = new StringWriter(),
        Error = error,
        In = input,
        IsInteractive = true,
        Environment = ProfileEnvironment.FromVariables(new Dictionary<string, string>()),
        WorkingDirectory = _dir.Path,
    };

    /// <summary>A terminal nobody types into: every read blocks until disposed.</summary>
    private sealed class BlockingReader : TextReader
    {
        private readonly ManualResetEventSlim _closed = new();

        public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override string? ReadLine()
        {
            ReadStarted.TrySetResult();
            _closed.Wait();
            return null;
        }

        protected override void Dispose(bool disposing)
        {
            _closed.Set();
            base.Dispose(disposing);
        }
    }
}
