using System.Text.Json;
using Reflekt.Dbt;
using Reflekt.Projects;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt;

public sealed class DbtPackageBuilderTests
{
    [Fact]
    public void Rebuild_is_byte_identical_and_order_independent()
    {
        var schemas = JaffleShopFixture.Schemas();
        var first = DbtPackageBuilder.Build(schemas, JaffleShopFixture.Request(), JaffleShopFixture.Catalog());
        var reversed = DbtPackageBuilder.Build([.. Enumerable.Reverse(schemas)], JaffleShopFixture.Request(), JaffleShopFixture.Catalog());
        var onTop = DbtPackageBuilder.Build(schemas, JaffleShopFixture.Request(), JaffleShopFixture.Catalog(), first.Package);

        Assert.Equal(first.Package.Files, reversed.Package.Files);
        Assert.Equal(first.Package.Files, onTop.Package.Files);
    }

    [Fact]
    public void Partial_build_keeps_every_models_table_in_the_source()
    {
        var schemas = JaffleShopFixture.Schemas();
        var full = DbtPackageBuilder.Build(schemas, JaffleShopFixture.Request(), JaffleShopFixture.Catalog());
        var cartOnly = schemas.Where(s => s.Id.Contains("Cart_Viewed", StringComparison.Ordinal)).ToList();

        var partial = DbtPackageBuilder.Build(cartOnly, JaffleShopFixture.Request(), JaffleShopFixture.Catalog(), full.Package);

        Assert.Equal(full.Package.Files, partial.Package.Files);
        var alone = DbtPackageBuilder.Build(cartOnly, JaffleShopFixture.Request(), JaffleShopFixture.Catalog());
        var source = alone.Package.Files["models/jaffle_shop_segment/__src_jaffle_shop_segment.yml"];
        Assert.Contains("- name: cart_viewed", source);
        Assert.Contains("- name: tracks", source);
        Assert.DoesNotContain("- name: pages", source);
    }

    [Fact]
    public void Missing_table_is_a_warning_and_the_rest_is_built()
    {
        var dialect = PostgresSqlDialect.Instance;
        var schemas = new[]
        {
            TestSchemas.Event("app/Order_Completed/1-0.json", "Order Completed", """{"total": {"type": "number", "description": "t"}}"""),
            TestSchemas.Event("app/Ghost_Event/1-0.json", "Ghost Event", """{"x": {"type": "string", "description": "x"}}"""),
        };
        var catalog = TestSchemas.Catalog(dialect, "raw", ("order_completed", [.. TestSchemas.Standard, "total"]), ("tracks", TestSchemas.Standard));

        var result = DbtPackageBuilder.Build(schemas, TestSchemas.Request(dialect, "raw"), catalog);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DbtPackageBuilder.MissingTableRuleId, warning.RuleId);
        Assert.Contains("'analytics.raw.ghost_event' does not exist", warning.Message);
        Assert.Contains("models/raw/stg_raw__order_completed.sql", result.Package.Files.Keys);
        Assert.DoesNotContain(result.Package.Files.Keys, k => k.Contains("ghost", StringComparison.Ordinal));
        Assert.Equal("test_project", result.Package.Name);
    }

    [Fact]
    public void Versions_get_suffixes_and_share_one_source_table()
    {
        var dialect = PostgresSqlDialect.Instance;
        var schemas = new[]
        {
            TestSchemas.Event("app/Order_Completed/1-0.json", "Order Completed", """{"total": {"type": "number", "description": "t"}}"""),
            TestSchemas.Event("app/Order_Completed/2-1.json", "Order Completed", """{"total": {"type": "number", "description": "t"}}"""),
        };
        var catalog = TestSchemas.Catalog(dialect, "raw", ("order_completed", [.. TestSchemas.Standard, "total"]), ("tracks", TestSchemas.Standard));

        var files = DbtPackageBuilder.Build(schemas, TestSchemas.Request(dialect, "raw"), catalog).Package.Files;

        Assert.Contains("models/raw/stg_raw__order_completed__v2_1.sql", files.Keys);
        Assert.Contains("models/raw/_stg_raw__order_completed__v2_1.yml", files.Keys);
        Assert.Contains("'app/Order_Completed/2-1.json'::varchar as schema_id", files["models/raw/stg_raw__order_completed__v2_1.sql"]);
        Assert.Contains("models/raw/stg_raw__tracks.sql", files.Keys);
        Assert.Single(files["models/raw/__src_raw.yml"].Split('\n'), l => l == "      - name: order_completed");
    }

    [Fact]
    public void Hostile_names_are_quoted_escaped_and_docs_match_the_model()
    {
        var dialect = PostgresSqlDialect.Instance;
        var catalog = TestSchemas.Catalog(dialect, "raw",
            ("select", [.. TestSchemas.Standard, "order_id", "pr_nom", "_id", "from", "nested_deep_value"]), ("tracks", TestSchemas.Standard));

        var files = DbtPackageBuilder.Build([TestSchemas.Hostile()], TestSchemas.Request(dialect, "raw"), catalog).Package.Files;

        var sql = files["models/raw/stg_raw__select.sql"];
        Assert.Contains("from {{ source('raw', 'select') }}", sql);
        Assert.Contains("        id as event_id,\n", sql);
        Assert.Contains("        _id,\n", sql);
        Assert.Contains("        \"from\",\n", sql);
        Assert.Contains("        order_id,\n        pr_nom,\n", sql);
        Assert.Contains("        nested_deep_value,\n", sql);
        Assert.DoesNotContain("schema_metadata", sql);

        var docs = files["models/raw/_stg_raw__select.yml"];
        var docNames = docs.Split('\n').Where(l => l.StartsWith("      - name: ", StringComparison.Ordinal)).Select(l => l[14..]).ToList();
        Assert.Equal(
            ["event_id", "event_name", "original_tstamp", "sent_at_tstamp", "received_at_tstamp", "tstamp", "anonymous_id", "user_id",
             "library_name", "page_url", "order_id", "pr_nom", "_id", "from", "nested_deep_value",
             "call_type", "source_schema", "source_table", "schema_id"],
            docNames);
        Assert.Contains("description: Prénom de l'acheteur", docs);
        Assert.Contains("description: Selects — it's hostile.", files["models/raw/__src_raw.yml"]);
    }

    [Fact]
    public void Source_names_agree_with_source_calls_for_odd_schema_names()
    {
        var dialect = PostgresSqlDialect.Instance;
        var schema = TestSchemas.Event("app/Signed_Up/1-0.json", "Signed Up", """{"plan": {"type": "string", "description": "p"}}""");
        var catalog = TestSchemas.Catalog(dialect, "My-Raw", ("signed_up", [.. TestSchemas.Standard, "plan"]), ("tracks", TestSchemas.Standard));

        var files = DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "My-Raw"), catalog).Package.Files;

        Assert.Contains("{{ source('My-Raw', 'signed_up') }}", files["models/My-Raw/stg_My-Raw__signed_up.sql"]);
        Assert.Contains("  - name: My-Raw\n    schema: My-Raw\n", files["models/My-Raw/__src_My-Raw.yml"]);
    }

    [Fact]
    public void Identify_builds_users_and_group_keeps_its_traits()
    {
        var dialect = PostgresSqlDialect.Instance;
        var schemas = new[]
        {
            TestSchemas.Event("app/Identify/1-0.json", "Identify", """{"email": {"type": "string", "description": "e"}, "user_id": {"type": "string", "description": "u"}}"""),
            TestSchemas.Event("app/Group/1-0.json", "Group", """{"plan": {"type": "string", "description": "Plan of the account."}}"""),
        };
        var catalog = TestSchemas.Catalog(dialect, "raw",
            ("identifies", [.. TestSchemas.Standard, "email"]),
            ("users", ["id", "received_at", "email"]),
            ("groups", ["id", "received_at", "group_id", "plan"]),
            ("tracks", TestSchemas.Standard));

        var files = DbtPackageBuilder.Build(schemas, TestSchemas.Request(dialect, "raw"), catalog).Package.Files;

        Assert.Contains("        id as identify_id,\n", files["models/raw/stg_raw__identifies.sql"]);
        // The trait `user_id` is the standard column: described once, not copied to `_user_id`.
        Assert.Contains("        user_id,\n", files["models/raw/stg_raw__identifies.sql"]);
        Assert.DoesNotContain("_user_id", files["models/raw/stg_raw__identifies.sql"]);
        var users = files["models/raw/stg_raw__users.sql"];
        Assert.Contains("        id as user_id,\n", users);
        Assert.Contains("        email,\n", users);
        Assert.Contains("'identify'::varchar as call_type", users);
        var groups = files["models/raw/stg_raw__groups.sql"];
        Assert.Contains("        id as group_id,\n", groups);
        Assert.Contains("        plan,\n", groups);
        Assert.Contains("'group'::varchar as call_type", groups);
    }

    [Fact]
    public void Freshness_casts_tests_and_docs_folder_follow_the_settings()
    {
        var dialect = BigQuerySqlDialect.Instance;
        var tests = new Dictionary<string, IReadOnlyList<JsonElement>>
        {
            ["id"] = [Json("\"unique\""), Json("\"not_null\"")],
            ["total"] = [Json("\"not_null\""), Json("""{"accepted_values": {"values": ["a", "b"]}}""")],
        };
        var settings = new DbtSettings(
            new DbtSourceSettings("__src_", "received_at", new DbtFreshness(new DbtFreshnessThreshold(12, DbtFreshnessPeriod.Hour), new DbtFreshnessThreshold(1, DbtFreshnessPeriod.Day)),
                new Dictionary<string, DbtSourceTableSettings> { ["tracks"] = new("sent_at", new DbtFreshness(null, new DbtFreshnessThreshold(2, DbtFreshnessPeriod.Day))) }),
            new DbtModelSettings("stg_", "where received_at > '2024-01-01'\nand user_id is not null\n", Cast: true),
            new DbtDocsSettings("_stg_", InFolder: true, tests));
        var schema = TestSchemas.Event("app/Order_Completed/1-0.json", "Order Completed",
            """{"total": {"type": "number", "description": "t"}, "items": {"type": "array", "description": "i"}, "code": {"type": ["string", "null"], "description": "c"}, "any": {"description": "no type"}}""");
        var catalog = TestSchemas.Catalog(dialect, "raw", ("order_completed", [.. TestSchemas.Standard, "total", "items", "code", "any"]), ("tracks", TestSchemas.Standard));

        var files = DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "raw", settings), catalog).Package.Files;

        var sql = files["models/raw/stg_raw__order_completed.sql"];
        Assert.Contains("    from {{ source('raw', 'order_completed') }}\n    where received_at > '2024-01-01'\n    and user_id is not null\n    qualify row_number() over (partition by id order by received_at) = 1\n),", sql);
        Assert.Contains("        cast(total as float64) as total,\n", sql);
        Assert.Contains("        safe.parse_json(items) as items,\n", sql);
        Assert.Contains("        cast(code as string) as code,\n", sql);
        Assert.Contains("        `any`,\n", sql);
        Assert.Contains("cast('track' as string) as call_type", sql);
        Assert.DoesNotContain("::", sql);
        var docs = files["models/raw/docs/_stg_raw__order_completed.yml"];
        Assert.Contains(
            "      - name: total\n        description: t\n        data_type: float64\n        data_tests:\n          - not_null\n"
            + "          - accepted_values:\n              values:\n                - a\n                - b\n",
            docs);
        Assert.Equal(
            "version: 2\nsources:\n  - name: raw\n    schema: raw\n    database: analytics\n"
            + "    description: Schema in bigquery with raw Segment event data.\n"
            + "    config:\n      loaded_at_field: received_at\n      freshness:\n        warn_after:\n          count: 12\n          period: hour\n"
            + "        error_after:\n          count: 1\n          period: day\n    tables:\n"
            + "      - name: order_completed\n        description: An event.\n"
            + "      - name: tracks\n        description: A summary of track() calls from all events. Properties\n"
            + "          unique to each event's track() call are omitted.\n"
            + "        config:\n          loaded_at_field: sent_at\n          freshness:\n            error_after:\n              count: 2\n              period: day\n",
            files["models/raw/docs/__src_raw.yml"]);
    }

    [Fact]
    public void RudderStack_layout_uses_its_tables_columns_and_words()
    {
        var dialect = PostgresSqlDialect.Instance;
        var schema = TestSchemas.Event("app/Add_to_Cart/1-0.json", "Add to Cart", """{"as": {"type": "string", "description": "reserved"}}""");
        var catalog = TestSchemas.Catalog(dialect, "rudder",
            ("add_to_cart", ["id", "received_at", "context_source_id", "context_protocols_source_id", "_as"]),
            ("tracks", ["id", "received_at", "context_destination_type"]));

        var result = DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "rudder", layout: WarehouseLayout.RudderStack), catalog);

        var sql = result.Package.Files["models/rudder/stg_rudder__add_to_cart.sql"];
        Assert.Contains("        context_source_id as source_id,\n", sql);
        Assert.Contains("        _as,\n", sql);
        Assert.DoesNotContain("protocols", sql);
        Assert.Contains("context_destination_type as destination_type", result.Package.Files["models/rudder/stg_rudder__tracks.sql"]);
        Assert.Contains("raw RudderStack event data", result.Package.Files["models/rudder/__src_rudder.yml"]);
        Assert.Contains("Building dbt artifacts for schema: RudderStack 'tracks' table", result.Steps);
    }

    [Fact]
    public void Dbt_1_7_target_writes_tests_top_level_arguments_and_freshness()
    {
        var dialect = PostgresSqlDialect.Instance;
        var settings = DbtSettings.Default with
        {
            DbtVersion = DbtTarget.V1_7,
            Sources = new DbtSourceSettings("__src_", "received_at", new DbtFreshness(new DbtFreshnessThreshold(12, DbtFreshnessPeriod.Hour), null)),
        };
        var schema = TestSchemas.Event("app/Order_Completed/1-0.json", "Order Completed",
            """{"status": {"type": "string", "enum": ["a", "b"], "description": "s"}}""", """{"code_owner": "data-team"}""");
        var catalog = TestSchemas.Catalog(dialect, "raw", ("order_completed", [.. TestSchemas.Standard, "status"]), ("tracks", TestSchemas.Standard));

        var files = DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "raw", settings), catalog).Package.Files;

        Assert.Contains("require-dbt-version: [\">=1.0.0\", \"<1.8.0\"]\n", files["dbt_project.yml"]);
        var docs = files["models/raw/_stg_raw__order_completed.yml"];
        Assert.Contains("        tests:\n          - accepted_values:\n              values:\n                - a\n                - b\n", docs);
        Assert.DoesNotContain("data_tests", docs);
        Assert.DoesNotContain("arguments", docs);
        Assert.Contains("    meta:\n      schema_id: app/Order_Completed/1-0.json\n      version: 1-0\n      code_owner: data-team\n    columns:\n", docs);
        Assert.Contains("    loaded_at_field: received_at\n    freshness:\n      warn_after:\n", files["models/raw/__src_raw.yml"]);
        Assert.DoesNotContain("config:", files["models/raw/__src_raw.yml"]);
    }

    [Fact]
    public void Default_target_is_dbt_1_10_and_materialisation_is_the_projects_not_the_models()
    {
        var dialect = PostgresSqlDialect.Instance;
        var settings = DbtSettings.Default with { Models = DbtSettings.Default.Models with { Materialized = DbtMaterialization.Table, Contract = true } };
        var schema = TestSchemas.Event("app/Order_Completed/1-0.json", "Order Completed", """{"status": {"type": "string", "enum": ["a"], "description": "s"}}""");
        var catalog = TestSchemas.Catalog(dialect, "raw", ("order_completed", [.. TestSchemas.Standard, "status"]), ("tracks", TestSchemas.Standard));

        var files = DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "raw", settings), catalog).Package.Files;

        Assert.EndsWith("require-dbt-version: [\">=1.10.5\", \"<3.0.0\"]\n\nconfig-version: 2\n\nmodels:\n  test_project:\n    +materialized: table\n", files["dbt_project.yml"]);
        Assert.All(files.Where(f => f.Key.EndsWith(".sql", StringComparison.Ordinal)), f => Assert.DoesNotContain("config(", f.Value));
        var docs = files["models/raw/_stg_raw__order_completed.yml"];
        Assert.Contains("    config:\n      contract:\n        enforced: true\n      meta:\n        schema_id: app/Order_Completed/1-0.json\n", docs);
        Assert.Contains("          - accepted_values:\n              arguments:\n                values:\n                  - a\n", docs);
        Assert.Contains("      - name: call_type\n        description:", docs);
        Assert.Contains("        data_type: varchar\n", docs);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
