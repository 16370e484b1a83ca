using System.Text.Json.Nodes;
using Reflekt.Registries;
using Reflekt.Testing;

namespace Reflekt.Tests.Registries;

public sealed class PulledSchemaWriterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Render_matches_upstream_files_byte_for_byte()
    {
        // The upstream example schemas were written by upstream's pull/init: 4-space JSON, trailing newline.
        foreach (var schema in LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop"))
        {
            Assert.Equal(schema.RawText, PulledSchemaWriter.Render(schema.Document));
        }
    }

    [Fact]
    public void Render_keeps_non_ascii_characters()
    {
        var text = PulledSchemaWriter.Render(new JsonObject { ["description"] = "Café — 日本 <b>" });

        Assert.Equal("{\n    \"description\": \"Café — 日本 <b>\"\n}\n", text);
    }

    [Fact]
    public async Task Write_reports_added_changed_and_unchanged_files()
    {
        using var dir = new TempDirectory();
        var a = new RegistrySchema("p/A/1-0.json", new JsonObject { ["x"] = 1 });
        var b = new RegistrySchema("p/B/1-0.json", new JsonObject { ["x"] = 2 });
        await PulledSchemaWriter.WriteAsync(dir.Path, [a, b], Ct);

        var second = await PulledSchemaWriter.WriteAsync(dir.Path, [a, b with { Document = new JsonObject { ["x"] = 3 } }, new RegistrySchema("p/C/1-0.json", [])], Ct);

        Assert.Equal(
            [ChangeKind.Unchanged, ChangeKind.Change, ChangeKind.Add],
            second.Select(f => f.Kind));
        Assert.Equal("{\n    \"x\": 3\n}\n", File.ReadAllText(Path.Combine(dir.Path, "p", "B", "1-0.json")));
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.reflekt-tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("../escape/1-0.json")]
    [InlineData("/etc/x.json")]
    [InlineData("a//b.json")]
    [InlineData("a/b/1-0.txt")]
    public async Task A_registry_id_outside_schemas_is_refused_and_nothing_is_written(string id)
    {
        using var dir = new TempDirectory();
        var good = new RegistrySchema("p/A/1-0.json", []);

        var e = await Assert.ThrowsAsync<ReflektException>(() => PulledSchemaWriter.WriteAsync(dir.Path, [good, new RegistrySchema(id, [])], Ct));

        Assert.Contains(id, e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }
}
