using Reflekt.Dbt;
using Reflekt.Projects;
using Reflekt.Warehouses.Postgres;

namespace Reflekt.Tests.Dbt;

/// <summary>Which arrays get a child model, and how it follows the parent's settings.</summary>
public sealed class ArrayChildModelTests
{
    private const string Properties = """
        {"products": {"type": ["array", "null"], "description": "Objects.",
           "items": {"type": "object", "properties": {"sku": {"type": "string", "description": "s"}}}},
         "tags": {"type": "array", "description": "Strings.", "items": {"type": "string"}},
         "untyped": {"type": "array", "description": "No items schema."},
         "unseen": {"type": "array", "description": "No column yet.",
           "items": {"type": "object", "properties": {"a": {"type": "string", "description": "a"}}}}}
        """;

    private static IReadOnlyDictionary<string, string> Build(DbtSettings settings, params string[] columns) =>
        DbtPackageBuilder.Build(
            [TestSchemas.Event("app/Cart_Viewed/1-0.json", "Cart Viewed", Properties)],
            TestSchemas.Request(PostgresSqlDialect.Instance, "raw", settings),
            TestSchemas.Catalog(PostgresSqlDialect.Instance, "raw", ("cart_viewed", columns))).Package.Files;

    [Fact]
    public void Only_a_loaded_array_of_objects_gets_a_child()
    {
        var files = Build(DbtSettings.Default, [.. TestSchemas.Standard, "products", "tags", "untyped"]);

        var children = files.Keys.Where(k => k.StartsWith("models/raw/stg_raw__cart_viewed__", StringComparison.Ordinal)).ToList();
        Assert.Equal(["models/raw/stg_raw__cart_viewed__products.sql"], children);
        Assert.Contains("models/raw/_stg_raw__cart_viewed__products.yml", files.Keys);
        Assert.Contains("models/raw/stg_raw__cart_viewed__products.sql", DbtManifest.Read(files)!.Files.Keys);
        // Typed although `cast` is off: an element field has no loaded type to keep.
        Assert.Contains("jsonb_extract_path_text(element.value, 'sku')::varchar as sku", files["models/raw/stg_raw__cart_viewed__products.sql"]);
    }

    [Fact]
    public void A_table_without_a_message_id_has_no_parent_key_and_no_child()
    {
        var files = Build(DbtSettings.Default, "event", "received_at", "products");

        Assert.DoesNotContain(files.Keys, k => k.Contains("__products", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incremental_package_rebuilds_children_as_tables()
    {
        var settings = DbtSettings.Default with { Models = DbtSettings.Default.Models with { Materialized = DbtMaterialization.Incremental } };

        var sql = Build(settings, [.. TestSchemas.Standard, "products"])["models/raw/stg_raw__cart_viewed__products.sql"];

        Assert.StartsWith("{{\n  config(\n    materialized = 'table'\n  )\n}}\n\n", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("is_incremental", sql, StringComparison.Ordinal);
    }
}
