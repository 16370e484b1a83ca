using System.Diagnostics;
using Reflekt.Schemas.Evolution;
using Reflekt.Testing;

namespace Reflekt.Tests.Schemas.Evolution;

/// <summary>Files at a git ref through one `git cat-file --batch`, in a real throwaway repository.</summary>
public sealed class GitRevisionTests : IDisposable
{
    private readonly TempDirectory _repo = new();

    public GitRevisionTests()
    {
        Git("init", "-q");
        _repo.Write("schemas/a/A/1-0.json", "{\"a\": 1}\n");
        _repo.Write("schemas/with space/Ünïcode Event/1-0.json", "{\"name\": \"é\"}");
        _repo.Write("schemas/empty/E/1-0.json", "");
        File.WriteAllBytes(Path.Combine(_repo.Path, "schemas", "bom.json"), [0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}']);
        Git("add", "-A");
        Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        _repo.Write("schemas/a/A/1-0.json", "{\"a\": 2}\n");
        _repo.Write("schemas/new/N/1-0.json", "{}");
    }

    public void Dispose() => _repo.Dispose();

    private string At(string relative) => Path.Combine(_repo.Path, relative);

    [Fact]
    public async Task Reads_every_file_as_it_was_at_the_ref_in_order_with_null_for_files_not_there()
    {
        var git = await GitRevision.OpenAsync(_repo.Path, "HEAD", TestContext.Current.CancellationToken);

        var texts = await git.ReadAllAsync(
            [At("schemas/new/N/1-0.json"), At("schemas/a/A/1-0.json"), At("schemas/with space/Ünïcode Event/1-0.json"),
             At("schemas/empty/E/1-0.json"), At("schemas/bom.json"), At("schemas/a")],
            TestContext.Current.CancellationToken);

        Assert.Equal([null, "{\"a\": 1}\n", "{\"name\": \"é\"}", "", "{}", null], texts);
    }

    [Fact]
    public async Task Many_files_are_answered_by_one_process()
    {
        for (var i = 0; i < 300; i++)
        {
            _repo.Write($"schemas/many/E{i}/1-0.json", $"{{\"i\": {i}}}");
        }
        Git("add", "-A");
        Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "many");
        var git = await GitRevision.OpenAsync(_repo.Path, "HEAD", TestContext.Current.CancellationToken);

        var texts = await git.ReadAllAsync([.. Enumerable.Range(0, 300).Select(i => At($"schemas/many/E{i}/1-0.json"))], TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"{{\"i\": {i}}}"), texts);
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
