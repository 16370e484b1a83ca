using Reflekt.Reflection;
using Reflekt.Reflection.Storage;
using static Reflekt.Tests.Reflection.ReflectionFacts;

namespace Reflekt.Tests.Reflection.Storage;

public sealed class ReflectionStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reflekt-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task Round_trips_a_snapshot_and_writes_identical_bytes_twice()
    {
        var store = new ReflectionStore(_dir);
        var s = RevisionTracker.Apply(null, "wh.db.seg", "seg/Order_Completed/1-0.json",
            Seen("order_completed", Col("id", "text", 1), Col("received_at", "timestamp", 2)) with
            {
                SchemaIdCounts = [new SchemaIdCount("seg/Order_Completed/1-0.json", 3)],
            }, T0);

        await store.SaveAsync(s, TestContext.Current.CancellationToken);
        var path = Path.Combine(_dir, "wh.db.seg", "order_completed.json");
        var first = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        await store.SaveAsync(s, TestContext.Current.CancellationToken);
        var second = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var loaded = await store.LoadAsync("wh.db.seg", "order_completed", TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Contains("\"normalized_type\": \"timestamp\"", first);
        Assert.Contains("\"valid_through\": \"2026-11-01T11:00:00+00:00\"", first);
        Assert.NotNull(loaded);
        Assert.Equal(ReflectionStore.Serialize(s), ReflectionStore.Serialize(loaded));
        Assert.Single(Directory.GetFiles(Path.Combine(_dir, "wh.db.seg")));
    }

    [Fact]
    public async Task Unknown_table_loads_as_null_and_all_snapshots_load_in_order()
    {
        var store = new ReflectionStore(_dir);
        Assert.Null(await store.LoadAsync("x.y.z", "nope", TestContext.Current.CancellationToken));
        Assert.Empty(await store.LoadAllAsync(TestContext.Current.CancellationToken));

        await store.SaveAsync(RevisionTracker.Apply(null, "x.y.z", null, Seen("b"), T0), TestContext.Current.CancellationToken);
        await store.SaveAsync(RevisionTracker.Apply(null, "x.y.z", null, Seen("a"), T0), TestContext.Current.CancellationToken);

        var all = await store.LoadAllAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["a", "b"], all.Select(s => s.Table));
    }

    [Fact]
    public async Task A_corrupt_snapshot_is_bad_input_naming_the_file()
    {
        var store = new ReflectionStore(_dir);
        Directory.CreateDirectory(Path.Combine(_dir, "x.y.z"));
        var path = Path.Combine(_dir, "x.y.z", "t.json");
        await File.WriteAllTextAsync(path, "{\n  \"source\": [", TestContext.Current.CancellationToken);

        var e = await Assert.ThrowsAsync<ReflektException>(() => store.LoadAsync("x.y.z", "t", TestContext.Current.CancellationToken));
        Assert.StartsWith(path + ":", e.Message);
    }

    [Fact]
    public async Task Path_separators_in_names_cannot_escape_the_directory()
    {
        var store = new ReflectionStore(_dir);
        await store.SaveAsync(RevisionTracker.Apply(null, "../evil", null, Seen("../../t"), T0), TestContext.Current.CancellationToken);

        var files = Directory.GetFiles(_dir, "*", SearchOption.AllDirectories);
        Assert.Single(files);
        Assert.StartsWith(_dir, Path.GetFullPath(files[0]));
    }
}
