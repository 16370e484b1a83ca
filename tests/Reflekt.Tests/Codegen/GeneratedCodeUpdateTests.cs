using Reflekt.Codegen;
using Reflekt.Testing;

namespace Reflekt.Tests.Codegen;

/// <summary><see cref="GeneratedCode.Update"/>: what the docs site uses to rewrite only what changed.</summary>
public sealed class GeneratedCodeUpdateTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Unchanged_files_are_left_alone_changed_ones_replaced_and_files_no_longer_produced_deleted()
    {
        using var dir = new TempDirectory();
        var site = Path.Combine(dir.Path, "site");
        GeneratedCode.Update(site, [new("index.html", "index"), new("events/a.html", "a"), new("data/a.js", "old layout"), new("events/b.html", "b")]);
        foreach (var file in Directory.GetFiles(site, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }

        GeneratedCode.Update(site, [new("index.html", "index"), new("events/a.html", "a, edited"), new("events/c.html", "c")]);

        Assert.Equal(["events/a.html", "events/c.html", "index.html"],
            Directory.GetFiles(site, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(site, p)).Order(StringComparer.Ordinal));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(site, "index.html")));
        Assert.Equal("a, edited", File.ReadAllText(Path.Combine(site, "events", "a.html")));
        Assert.Equal("c", File.ReadAllText(Path.Combine(site, "events", "c.html")));
        Assert.False(Directory.Exists(Path.Combine(site, "data")));
    }

    [Fact]
    public void A_file_of_the_same_length_with_other_bytes_is_replaced()
    {
        using var dir = new TempDirectory();
        GeneratedCode.Update(dir.Path, [new("index.html", "héllo")]);
        GeneratedCode.Update(dir.Path, [new("index.html", "hallo!")]);

        Assert.Equal("hallo!", File.ReadAllText(Path.Combine(dir.Path, "index.html")));
    }
}
