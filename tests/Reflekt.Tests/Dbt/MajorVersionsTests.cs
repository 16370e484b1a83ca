using Reflekt.Dbt;
using Reflekt.Warehouses.Postgres;

namespace Reflekt.Tests.Dbt;

/// <summary>Which models a table's versions become with and without a <c>schema_id</c> column (docs/dbt.md, "Versions").</summary>
public sealed class MajorVersionsTests
{
    private static readonly DbtSchemaInput[] Versions =
    [
        TestSchemas.Event("app/Order_Paid/1-0.json", "Order Paid", """{"total": {"type": "string", "description": "t"}}"""),
        TestSchemas.Event("app/Order_Paid/1-1.json", "Order Paid", """{"total": {"type": "string", "description": "t"}, "note": {"type": "string", "description": "n"}}"""),
        TestSchemas.Event("app/Order_Paid/2-0.json", "Order Paid", """{"total": {"type": "string", "description": "t"}}"""),
        TestSchemas.Event("app/Order_Paid/2-1.json", "Order Paid", """{"total": {"type": "string", "description": "Newest."}, "currency": {"type": "string", "description": "c"}}""",
            description: "The newest."),
    ];

    private static IReadOnlyDictionary<string, string> Build(params string[] extraColumns) =>
        DbtPackageBuilder.Build(
            Versions,
            TestSchemas.Request(PostgresSqlDialect.Instance, "raw"),
            TestSchemas.Catalog(PostgresSqlDialect.Instance, "raw", ("order_paid", [.. TestSchemas.Standard, "total", "note", "currency", .. extraColumns]))).Package.Files;

    private static string[] Models(IReadOnlyDictionary<string, string> files) =>
        [.. files.Keys.Where(k => k.EndsWith(".sql", StringComparison.Ordinal) && k.Contains("order_paid", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Without_schema_id_each_major_gets_its_latest_minor_and_the_event_model_unions_them()
    {
        var files = Build();

        Assert.Equal(
            ["models/raw/stg_raw__order_paid.sql", "models/raw/stg_raw__order_paid__v1.sql", "models/raw/stg_raw__order_paid__v2_1.sql"],
            Models(files));
        Assert.Contains("        note,\n", files["models/raw/stg_raw__order_paid__v1.sql"]);
        Assert.Contains("'app/Order_Paid/1-1.json'::varchar as schema_id", files["models/raw/stg_raw__order_paid__v1.sql"]);
        var union = files["models/raw/stg_raw__order_paid.sql"];
        Assert.StartsWith("select\n    event_id,\n", union);
        Assert.Contains("    'app/Order_Paid/2-1.json'", files["models/raw/stg_raw__order_paid__v2_1.sql"]);
        Assert.Contains("    null::text as currency,\n", union);
        Assert.Contains("    '2-1'::varchar as schema_version\nfrom {{ ref('stg_raw__order_paid__v2_1') }}\n\nunion all\n\n", union);
        Assert.EndsWith("    '1-1'::varchar as schema_version\nfrom {{ ref('stg_raw__order_paid__v1') }}\n", union);
        var docs = files["models/raw/_stg_raw__order_paid.yml"];
        Assert.Contains("    description: The newest.\n", docs);
        Assert.Contains("        description: Newest.\n", docs);
        Assert.Contains("      - name: schema_version\n", docs);
    }

    [Fact]
    public void Without_schema_id_rows_go_to_the_newest_major_whose_required_properties_they_have()
    {
        Assert.Equal("b is not null", MajorVersions.Attribution([["a"], ["b"]], 1));
        Assert.Equal("not (b is not null and c is not null)", MajorVersions.Attribution([["a"], ["b", "c"]], 0));
        Assert.Equal("b is not null and c is null", MajorVersions.Attribution([[], ["b"], ["c"]], 1));
        Assert.Null(MajorVersions.Attribution([["a"], null], 0));
        Assert.Equal("1 = 0", MajorVersions.Attribution([["a"], null], 1));
        Assert.Equal("1 = 0", MajorVersions.Attribution([["a"], []], 0));
        Assert.Null(MajorVersions.Attribution([["a"], []], 1));
    }

    [Fact]
    public void With_schema_id_every_version_keeps_its_own_model_and_rows()
    {
        var files = Build("schema_id");

        Assert.Equal(
            ["models/raw/stg_raw__order_paid.sql", "models/raw/stg_raw__order_paid__v1_1.sql", "models/raw/stg_raw__order_paid__v2_0.sql", "models/raw/stg_raw__order_paid__v2_1.sql"],
            Models(files));
        Assert.Contains("where schema_id = 'app/Order_Paid/1-0.json'", files["models/raw/stg_raw__order_paid.sql"]);
    }

    [Fact]
    public void A_lone_1_0_keeps_its_one_model()
    {
        var files = DbtPackageBuilder.Build(
            [Versions[0]],
            TestSchemas.Request(PostgresSqlDialect.Instance, "raw"),
            TestSchemas.Catalog(PostgresSqlDialect.Instance, "raw", ("order_paid", [.. TestSchemas.Standard, "total"]))).Package.Files;

        Assert.Equal(["models/raw/stg_raw__order_paid.sql"], Models(files));
        Assert.Contains("from {{ source('raw', 'order_paid') }}", files["models/raw/stg_raw__order_paid.sql"]);
    }
}
