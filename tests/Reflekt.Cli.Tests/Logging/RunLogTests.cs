using Reflekt.Cli.Logging;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Logging;

public sealed class RunLogTests
{
    [Fact]
    public void Keeps_the_last_ten_runs()
    {
        using var dir = new TempDirectory();
        for (var run = 1; run <= 12; run++)
        {
            using var log = new RunLog(["run", run.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            log.Open(dir.Path);
        }

        var files = Directory.GetFiles(Path.Combine(dir.Path, ".logs")).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(10, files.Length);
        Assert.Contains("run 12", File.ReadAllText(Path.Combine(dir.Path, ".logs", "reflekt.log")));
        Assert.Contains("run 3", File.ReadAllText(Path.Combine(dir.Path, ".logs", "reflekt.9.log")));
    }

    [Fact]
    public void Lines_logged_before_the_project_is_known_are_kept()
    {
        using var dir = new TempDirectory();
        using (var log = new RunLog(["debug"]))
        {
            log.Info("early");
            log.Open(dir.Path);
            log.Info("late");
        }

        var lines = File.ReadAllLines(Path.Combine(dir.Path, ".logs", "reflekt.log"));
        Assert.Equal(3, lines.Length);
        Assert.EndsWith("early", lines[1]);
        Assert.EndsWith("late", lines[2]);
    }

    [Fact]
    public void Secret_options_are_masked()
    {
        Assert.Equal(
            ["init", "--password", "****", "--registry-api-key=****", "--segment-api-token", "****", "--user", "bob"],
            RunLog.MaskSecrets(["init", "--password", "hunter2", "--registry-api-key=k", "--segment-api-token", "t", "--user", "bob"]));
    }
}
