using System.Text.Json;
using Reflekt.Dbt;
using Reflekt.Json.Schema;
using Reflekt.Projects;
using Reflekt.Projects.Yaml;
using Reflekt.Testing;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt;

/// <summary>Every YAML file a build writes is valid by dbt's own JSON schemas, checked with our engine.</summary>
public sealed class DbtJsonSchemaValidationTests
{
    private static readonly Lazy<JsonSchema> PropertiesSchema = new(() => Load("dbt_yml_files-latest.json"));
    private static readonly Lazy<JsonSchema> ProjectSchema = new(() => Load("dbt_project-latest.json"));

    public static TheoryData<string> Builds => ["jaffle_shop", "hostile", "freshness_casts_tests", "rudderstack"];

    [Theory]
    [MemberData(nameof(Builds))]
    public void Generated_yaml_validates_against_dbt_schemas(string build)
    {
        var package = Build(build);
        var yamlFiles = package.Files.Where(f => f.Key.EndsWith(".yml", StringComparison.Ordinal)).ToList();
        Assert.True(yamlFiles.Count >= 4);
        foreach (var (path, text) in yamlFiles)
        {
            var schema = path == "dbt_project.yml" ? ProjectSchema.Value : PropertiesSchema.Value;
            var instance = YamlDocument.Parse(path, text).Root;
            var result = schema.Validate(instance);
            Assert.True(result.IsValid, $"{build}: {path}: " + string.Join("; ", result.Errors.Select(e => $"{e.InstanceLocation} {e.Message}")));
        }
    }

    [Fact]
    public void The_engine_rejects_a_broken_file()
    {
        var broken = YamlDocument.Parse("x.yml", "version: 2\nmodels:\n  - description: no name\n").Root;
        Assert.False(PropertiesSchema.Value.IsValid(broken));
    }

    private static DbtPackage Build(string name)
    {
        switch (name)
        {
            case "jaffle_shop":
                return DbtPackageBuilder.Build(JaffleShopFixture.Schemas(), JaffleShopFixture.Request(), JaffleShopFixture.Catalog()).Package;
            case "hostile":
            {
                var dialect = PostgresSqlDialect.Instance;
                var catalog = TestSchemas.Catalog(dialect, "raw",
                    ("select", [.. TestSchemas.Standard, "order_id", "pr_nom", "_id", "from"]), ("tracks", TestSchemas.Standard));
                return DbtPackageBuilder.Build([TestSchemas.Hostile()], TestSchemas.Request(dialect, "raw"), catalog).Package;
            }

            case "freshness_casts_tests":
            {
                var dialect = BigQuerySqlDialect.Instance;
                var tests = new Dictionary<string, IReadOnlyList<JsonElement>>
                {
                    ["id"] = [Json("\"unique\""), Json("\"not_null\"")],
                    ["total"] = [Json("""{"accepted_values": {"values": ["a", "b"]}}""")],
                };
                var settings = new DbtSettings(
                    new DbtSourceSettings("__src_", "received_at", new DbtFreshness(new DbtFreshnessThreshold(12, DbtFreshnessPeriod.Hour), null, "1=1")),
                    new DbtModelSettings("stg_", "", Cast: true),
                    new DbtDocsSettings("_stg_", InFolder: true, tests));
                var schema = TestSchemas.Event("app/Order_Completed/1-0.json", "Order Completed", """{"total": {"type": "number", "description": "t"}}""", """{"owner": "a"}""");
                var catalog = TestSchemas.Catalog(dialect, "raw", ("order_completed", [.. TestSchemas.Standard, "total"]), ("tracks", TestSchemas.Standard));
                return DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "raw", settings), catalog).Package;
            }

            case "rudderstack":
            {
                var dialect = PostgresSqlDialect.Instance;
                var schema = TestSchemas.Event("app/Identify/1-0.json", "Identify", """{"email": {"type": "string", "description": "e"}}""");
                var catalog = TestSchemas.Catalog(dialect, "rudder", ("identifies", ["id", "email"]), ("users", ["id", "email"]), ("tracks", ["id"]));
                return DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "rudder", layout: Reflekt.Schemas.Naming.WarehouseLayout.RudderStack), catalog).Package;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(name));
        }
    }

    private static JsonSchema Load(string file) =>
        JsonSchema.Compile(File.ReadAllText(SharedFixtures.Path("fixtures", "dbt-jsonschema", "schemas", "latest", file)));

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
