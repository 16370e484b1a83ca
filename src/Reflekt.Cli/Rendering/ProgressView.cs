using Spectre.Console;

namespace Reflekt.Cli.Rendering;

/// <summary>A progress bar in a terminal (Spectre falls back to plain output when the console is not interactive).</summary>
internal static class ProgressView
{
    public static T Run<T>(IAnsiConsole console, string title, int total, Func<IProgress<int>, T> work)
    {
        var result = default(T)!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(title), maxValue: total);
                result = work(new Progress(task));
            });
        return result;
    }

    // IProgress<int> reporting "n done"; called from worker threads, so it only sets a value.
    private sealed class Progress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
