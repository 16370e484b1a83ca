using System.Text.Json;
using System.Text.RegularExpressions;
using Reflekt.Dbt;
using Reflekt.Projects;
using Reflekt.Schemas.Naming;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt;

/// <summary>Upstream's jaffle_shop schemas, its golden dbt package, and a Snowflake-shaped catalog holding
/// exactly the raw columns that package selects.</summary>
internal static partial class JaffleShopFixture
{
    public static string GoldenDir => SharedFixtures.Path("fixtures", "reflekt-upstream", "artifacts", "dbt", "jaffle_shop");

    public static string SchemasDir => SharedFixtures.Path("fixtures", "reflekt-upstream", "schemas");

    public static SourceAddress Source { get; } = SourceAddress.Parse("snowflake.raw.jaffle_shop_segment");

    /// <summary>The upstream project (its reflekt_project.yml holds the artifacts.dbt block).</summary>
    public static ReflektProject Project() => ReflektProject.Load(SharedFixtures.Path("fixtures", "reflekt-upstream"));

    public static DbtBuildRequest Request(SqlDialect? dialect = null) =>
        new(Project().Name, Source, WarehouseLayout.Segment, "snowflake", dialect ?? SnowflakeSqlDialect.Instance, Project().Dbt);

    public static List<DbtSchemaInput> Schemas()
    {
        var dir = Path.Combine(SchemasDir, "jaffle_shop");
        return [.. Directory.EnumerateFiles(dir, "*.json", SearchOption.AllDirectories)
            .Select(f => new DbtSchemaInput(
                Path.GetRelativePath(SchemasDir, f).Replace('\\', '/'),
                JsonDocument.Parse(File.ReadAllText(f)).RootElement))];
    }

    /// <summary>
    /// The RKD002 warnings a build over <see cref="Catalog"/> gives: upstream's golden package has no column for these
    /// properties (its raw tables never saw a value), and upstream left them out silently.
    /// </summary>
    public static readonly string[] MissingColumns = ["IDENTIFIES.email", "USERS.email", "ORDER_COMPLETED.coupon", "PAGES.search"];

    /// <summary>Asserts that a build's warnings are exactly <see cref="MissingColumns"/>.</summary>
    public static void AssertOnlyMissingColumns(IReadOnlyList<Reflekt.Diagnostics.Diagnostic> warnings)
    {
        Assert.All(warnings, w => Assert.Equal(DbtPackageBuilder.MissingColumnRuleId, w.RuleId));
        Assert.Equal(
            MissingColumns,
            warnings.Select(w => Regex.Match(w.Message, @"\.(\w+)' has no column '(\w+)'")).Select(m => $"{m.Groups[1].Value.ToUpperInvariant()}.{m.Groups[2].Value}"));
    }

    /// <summary>Raw columns per table, in first-seen order, read from the golden models' renamed CTEs.</summary>
    public static Dictionary<string, List<string>> GoldenRawColumns()
    {
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(GoldenDir, "models", "jaffle_shop_segment"), "*.sql").Order(StringComparer.Ordinal))
        {
            var sql = File.ReadAllText(file);
            var table = SourceCall().Match(sql).Groups[1].Value;
            var columns = tables.TryGetValue(table, out var existing) ? existing : tables[table] = [];
            foreach (Match m in SelectItem().Matches(sql))
            {
                var raw = m.Groups[1].Value;
                if (!columns.Contains(raw))
                {
                    columns.Add(raw);
                }
            }
        }

        return tables;
    }

    /// <summary>The catalog as Snowflake reports it: unquoted identifiers come back upper-case.</summary>
    public static CatalogSnapshot Catalog() =>
        CatalogSnapshot.FromRows(
            "RAW",
            "JAFFLE_SHOP_SEGMENT",
            SnowflakeSqlDialect.Instance.Capabilities,
            GoldenRawColumns().SelectMany(t => t.Value.Select(c => (t.Key.ToUpperInvariant(), c.ToUpperInvariant(), "VARCHAR"))));

    [GeneratedRegex(@"source\('[^']*', '([^']*)'\)")]
    private static partial Regex SourceCall();

    [GeneratedRegex(@"^ {8}([a-z_]+)(?: as [a-z_]+)?,?$", RegexOptions.Multiline)]
    private static partial Regex SelectItem();
}
