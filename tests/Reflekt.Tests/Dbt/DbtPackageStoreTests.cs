using Reflekt.Dbt;

namespace Reflekt.Tests.Dbt;

public sealed class DbtPackageStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("reflekt-store-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Writes_replaces_and_reads_back()
    {
        var target = Path.Combine(_root, "artifacts", "dbt", "pkg");
        await DbtPackageStore.WriteAsync(Package(("a.yml", "one\n"), ("models/x/b.sql", "select 1\n")), target, TestContext.Current.CancellationToken);
        await DbtPackageStore.WriteAsync(Package(("a.yml", "two\n")), target, TestContext.Current.CancellationToken);

        var read = await DbtPackageStore.ReadAsync(target, TestContext.Current.CancellationToken);

        Assert.NotNull(read);
        Assert.Equal(["a.yml"], read.Files.Keys);
        Assert.Equal("two\n", read.Files["a.yml"]);
        Assert.Equal(["pkg"], Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_previous_package_and_no_temp_folders()
    {
        var target = Path.Combine(_root, "pkg");
        await DbtPackageStore.WriteAsync(Package(("a.yml", "old\n")), target, TestContext.Current.CancellationToken);

        var bad = Package(("a.yml", "new\n"), ("../escape.sql", "select 1\n"));
        var error = await Assert.ThrowsAsync<ReflektException>(() => DbtPackageStore.WriteAsync(bad, target, TestContext.Current.CancellationToken));

        Assert.Contains("outside the package", error.Message);
        Assert.Equal("old\n", File.ReadAllText(Path.Combine(target, "a.yml")));
        Assert.Equal(["pkg"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Changed_files_never_write_through_links_to_the_previous_package()
    {
        var target = Path.Combine(_root, "pkg");
        await DbtPackageStore.WriteAsync(Package(("a.yml", "one\n"), ("b.yml", "same\n")), target, TestContext.Current.CancellationToken);
        var outside = Path.Combine(_root, "outside.yml");
        using (var ln = System.Diagnostics.Process.Start("ln", [Path.Combine(target, "a.yml"), outside])!)
        {
            await ln.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, ln.ExitCode);
        }

        await DbtPackageStore.WriteAsync(Package(("a.yml", "two\n"), ("b.yml", "same\n")), target, TestContext.Current.CancellationToken);

        Assert.Equal("one\n", File.ReadAllText(outside));
        Assert.Equal("two\n", File.ReadAllText(Path.Combine(target, "a.yml")));
        Assert.Equal("same\n", File.ReadAllText(Path.Combine(target, "b.yml")));
    }

    [Fact]
    public async Task Reading_a_missing_package_gives_null() =>
        Assert.Null(await DbtPackageStore.ReadAsync(Path.Combine(_root, "none"), TestContext.Current.CancellationToken));

    private static DbtPackage Package(params (string Path, string Text)[] files) =>
        new("pkg", files.Select(f => new KeyValuePair<string, string>(f.Path, f.Text)));
}
