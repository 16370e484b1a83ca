using System.Collections.Concurrent;
using System.Text.Json;
using Reflekt.Json.Schema;
using Reflekt.Testing;

namespace Reflekt.JsonSchema.Tests.Suite;

/// <summary>
/// The official JSON-Schema-Test-Suite, read in place from the shared fixtures: which files run, the
/// remotes registry (http://localhost:1234/, never fetched), and one compiled schema per test group.
/// </summary>
internal static class TestSuite
{
    public static readonly string[] Drafts = ["draft7", "draft2019-09", "draft2020-12"];

    /// <summary>The optional format tests that must pass in assertion mode.</summary>
    public static readonly string[] AssertedFormats =
    [
        "date-time", "date", "time", "duration", "email", "hostname", "ipv4", "ipv6",
        "uri", "uri-reference", "uuid", "regex", "ecmascript-regex", "json-pointer",
    ];

    /// <summary>Other optional files we conform to, run as regression guards (format stays an annotation there).</summary>
    public static readonly string[] OptionalFiles =
    [
        "anchor", "bignum", "cross-draft", "dynamicRef", "ecmascript-regex", "float-overflow", "format-assertion", "id",
        "no-schema", "non-bmp-regex", "refOfUnknownKeyword", "unknownKeyword",
    ];

    private static readonly ConcurrentDictionary<string, JsonElement> Files = new();
    private static readonly ConcurrentDictionary<(string, string, int), Lazy<Reflekt.Json.Schema.JsonSchema>> Compiled = new();
    private static readonly Lazy<SchemaRegistry> RemotesRegistry = new(LoadRemotes);

    public static string? Root => SharedFixtures.RootOrNull is null ? null : Path.Combine(SharedFixtures.RootOrNull, "fixtures", "json-schema-test-suite");

    /// <summary>Test files of a draft, relative to tests/&lt;draft&gt;/, without ".json" (e.g. "minLength", "optional/format/date").</summary>
    public static IEnumerable<string> FilesOf(string draft, string root)
    {
        var directory = Path.Combine(root, "tests", draft);
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            yield return Path.GetFileNameWithoutExtension(file);
        }

        foreach (var optional in OptionalFiles)
        {
            if (File.Exists(Path.Combine(directory, "optional", optional + ".json")))
            {
                yield return "optional/" + optional;
            }
        }

        foreach (var format in AssertedFormats)
        {
            if (File.Exists(Path.Combine(directory, "optional", "format", format + ".json")))
            {
                yield return "optional/format/" + format;
            }
        }
    }

    public static JsonElement Load(string draft, string file) => Files.GetOrAdd(draft + "/" + file, _ =>
    {
        var path = SharedFixtures.Path(["fixtures", "json-schema-test-suite", "tests", draft, .. (file + ".json").Split('/')]);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    });

    public static Draft DraftOf(string draft) => draft switch
    {
        "draft7" => Draft.Draft07,
        "draft2019-09" => Draft.Draft201909,
        "draft2020-12" => Draft.Draft202012,
        _ => throw new ArgumentOutOfRangeException(nameof(draft), draft, null),
    };

    public static Reflekt.Json.Schema.JsonSchema SchemaOf(string draft, string file, int group) =>
        Compiled.GetOrAdd((draft, file, group), key => new Lazy<Reflekt.Json.Schema.JsonSchema>(() =>
            Reflekt.Json.Schema.JsonSchema.Compile(Load(draft, file)[group].GetProperty("schema"), new CompileOptions
            {
                Registry = RemotesRegistry.Value,
                DefaultDraft = DraftOf(draft),
                AssertFormat = file.StartsWith("optional/format/", StringComparison.Ordinal),
            }))).Value;

    private static SchemaRegistry LoadRemotes()
    {
        var registry = new SchemaRegistry();
        var remotes = SharedFixtures.Path("fixtures", "json-schema-test-suite", "remotes");
        foreach (var file in Directory.GetFiles(remotes, "*.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(remotes, file).Replace('\\', '/');
            registry.Register(new Uri("http://localhost:1234/" + relative), File.ReadAllText(file));
        }

        return registry;
    }
}
