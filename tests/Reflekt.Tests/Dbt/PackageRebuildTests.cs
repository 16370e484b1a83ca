using Reflekt.Dbt;
using Reflekt.Projects;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.Postgres;

namespace Reflekt.Tests.Dbt;

/// <summary>The manifest: what a rebuild prunes (deleted schemas, a toggled docs folder) and what it refuses to overwrite.</summary>
public sealed class PackageRebuildTests
{
    private static readonly DbtSchemaInput Orders =
        TestSchemas.Event("app/Order_Completed/1-0.json", "Order Completed", """{"total": {"type": "number", "description": "t"}}""");

    private static readonly DbtSchemaInput Signups =
        TestSchemas.Event("app/Signed_Up/1-0.json", "Signed Up", """{"plan": {"type": "string", "description": "p"}}""");

    private static readonly CatalogSnapshot Catalog = TestSchemas.Catalog(PostgresSqlDialect.Instance, "raw",
        ("order_completed", [.. TestSchemas.Standard, "total"]), ("signed_up", [.. TestSchemas.Standard, "plan"]), ("tracks", TestSchemas.Standard));

    [Fact]
    public void Manifest_lists_every_generated_file_with_its_hash_and_schema()
    {
        var files = Build([Orders, Signups]).Package.Files;

        var manifest = DbtManifest.Read(files)!;
        Assert.Equal(files.Keys.Where(k => k != DbtManifest.Path), manifest.Files.Keys);
        Assert.All(manifest.Files, f => Assert.Equal(DbtManifest.Hash(files[f.Key]), f.Value.Sha256));
        Assert.Equal("app/Signed_Up/1-0.json", manifest.Files["models/raw/stg_raw__signed_up.sql"].SchemaId);
        Assert.Null(manifest.Files["models/raw/stg_raw__tracks.sql"].SchemaId);
        Assert.Null(manifest.Files["models/raw/__src_raw.yml"].SchemaId);
        Assert.Contains("\"sha256\": \"" + DbtManifest.Hash(files["dbt_project.yml"]) + "\"", files[DbtManifest.Path]);
    }

    [Fact]
    public void Rebuild_after_deleting_a_schema_removes_its_files_and_its_source_table()
    {
        var first = Build([Orders, Signups]);

        var second = Build([Orders], first.Package, projectSchemas: [Orders.Id]);

        var files = second.Package.Files;
        Assert.DoesNotContain(files.Keys, k => k.Contains("signed_up", StringComparison.Ordinal));
        Assert.DoesNotContain("- name: signed_up", files["models/raw/__src_raw.yml"]);
        Assert.Equal(["models/raw/_stg_raw__signed_up.yml", "models/raw/stg_raw__signed_up.sql"], second.Removed);
        Assert.DoesNotContain(DbtManifest.Read(files)!.Files.Keys, k => k.Contains("signed_up", StringComparison.Ordinal));
        Assert.Empty(second.Edited);
    }

    [Fact]
    public void Partial_build_keeps_the_files_of_schemas_that_still_exist()
    {
        var first = Build([Orders, Signups]);

        var partial = Build([Orders], first.Package, projectSchemas: [Orders.Id, Signups.Id]);

        Assert.Equal(first.Package.Files, partial.Package.Files);
        Assert.Empty(partial.Removed);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Toggling_in_folder_leaves_exactly_one_definition_of_each_model_and_source(bool from, bool to)
    {
        var first = Build([Orders, Signups], settings: InFolder(from));

        var files = Build([Orders, Signups], first.Package, settings: InFolder(to)).Package.Files;

        var yaml = files.Where(f => f.Key.EndsWith(".yml", StringComparison.Ordinal) && f.Key.StartsWith("models/", StringComparison.Ordinal)).ToList();
        var models = yaml.SelectMany(f => f.Value.Split('\n')).Where(l => l.StartsWith("  - name: stg_", StringComparison.Ordinal)).ToList();
        Assert.Equal(models.Distinct().Order(StringComparer.Ordinal), models.Order(StringComparer.Ordinal));
        Assert.Equal(3, models.Count); // order_completed, signed_up, tracks
        Assert.Single(yaml, f => f.Value.Contains("sources:", StringComparison.Ordinal));
        var docs = to ? "models/raw/docs/" : "models/raw/";
        Assert.All(yaml, f => Assert.Equal(docs, f.Key[..(f.Key.LastIndexOf('/') + 1)]));
    }

    [Fact]
    public void A_generated_file_edited_by_hand_is_a_conflict_and_a_personal_file_is_kept()
    {
        var first = Build([Orders, Signups]).Package;
        var edited = new Dictionary<string, string>(first.Files)
        {
            ["models/raw/stg_raw__order_completed.sql"] = first.Files["models/raw/stg_raw__order_completed.sql"] + "-- my tweak\n",
            ["models/raw/my_model.sql"] = "select 1\n",
        };
        var previous = new DbtPackage(first.Name, edited);

        var rebuilt = Build([Orders, Signups], previous);

        Assert.Equal(["models/raw/stg_raw__order_completed.sql"], rebuilt.Edited);
        Assert.Equal("select 1\n", rebuilt.Package.Files["models/raw/my_model.sql"]);
        Assert.DoesNotContain("models/raw/my_model.sql", DbtManifest.Read(rebuilt.Package.Files)!.Files.Keys);
    }

    [Fact]
    public void Deleting_the_schema_of_an_edited_file_is_a_conflict_too()
    {
        var first = Build([Orders, Signups]).Package;
        var edited = new Dictionary<string, string>(first.Files)
        {
            ["models/raw/_stg_raw__signed_up.yml"] = first.Files["models/raw/_stg_raw__signed_up.yml"] + "# notes\n",
        };

        var rebuilt = Build([Orders], new DbtPackage(first.Name, edited), projectSchemas: [Orders.Id]);

        Assert.Equal(["models/raw/_stg_raw__signed_up.yml"], rebuilt.Edited);
    }

    [Fact]
    public void A_package_built_before_manifests_is_merged_without_pruning_or_conflicts()
    {
        var first = Build([Orders, Signups]).Package;
        var legacy = new DbtPackage(first.Name, first.Files.Where(f => f.Key != DbtManifest.Path)
            .Append(new("models/raw/stg_raw__tracks.sql", "-- edited\n")));

        var rebuilt = Build([Orders], legacy, projectSchemas: [Orders.Id]);

        Assert.Empty(rebuilt.Edited);
        Assert.Empty(rebuilt.Removed);
        Assert.Contains("models/raw/stg_raw__signed_up.sql", rebuilt.Package.Files.Keys);
        Assert.NotNull(DbtManifest.Read(rebuilt.Package.Files));
    }

    [Fact]
    public void A_broken_manifest_is_bad_input_naming_it()
    {
        var first = Build([Orders]).Package;
        var broken = new DbtPackage(first.Name, first.Files.Select(f => f.Key == DbtManifest.Path ? new(f.Key, "{\n  \"files\": [\n") : f));

        var error = Assert.Throws<ReflektException>(() => Build([Orders], broken));

        Assert.StartsWith(".reflekt/manifest.json:", error.Message);
    }

    [Fact]
    public void A_property_without_its_column_is_warning_RKD002()
    {
        var catalog = TestSchemas.Catalog(PostgresSqlDialect.Instance, "raw", ("order_completed", TestSchemas.Standard), ("tracks", TestSchemas.Standard));

        var result = DbtPackageBuilder.Build([Orders], TestSchemas.Request(PostgresSqlDialect.Instance, "raw"), catalog);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DbtPackageBuilder.MissingColumnRuleId, warning.RuleId);
        Assert.Equal("/properties/total", warning.Pointer);
        Assert.Contains("'analytics.raw.order_completed' has no column 'total'", warning.Message);
        Assert.Contains("models/raw/stg_raw__order_completed.sql", result.Package.Files.Keys);
    }

    private static DbtBuildResult Build(
        IReadOnlyList<DbtSchemaInput> schemas, DbtPackage? previous = null, DbtSettings? settings = null, HashSet<string>? projectSchemas = null) =>
        DbtPackageBuilder.Build(schemas, TestSchemas.Request(PostgresSqlDialect.Instance, "raw", settings), Catalog, previous, projectSchemas);

    private static DbtSettings InFolder(bool inFolder) =>
        DbtSettings.Default with { Docs = DbtDocsSettings.Default with { InFolder = inFolder } };
}
