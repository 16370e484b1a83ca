using System.Text.Json;
using Reflekt.Projects;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Dbt;

/// <summary>Upstream's rename rules (spec §5.5) applied once to the columns found in a raw table.</summary>
internal static class StagingModelPlanner
{
    private static readonly Dictionary<string, string> Renames = new(StringComparer.Ordinal)
    {
        ["event_text"] = "event_name",
        ["original_timestamp"] = "original_tstamp",
        ["sent_at"] = "sent_at_tstamp",
        ["received_at"] = "received_at_tstamp",
        ["timestamp"] = "tstamp",
    };

    // Output names the model adds itself; a raw column of the same name is kept with a leading '_'.
    private static readonly HashSet<string> ConstantNames = new(StringComparer.Ordinal)
    {
        "call_type", "source_schema", "source_table", "schema_id",
    };

    /// <summary>The renamed raw columns of a model, in search-list order; each raw <c>id</c> after the first is skipped.</summary>
    public static List<ModelColumn> PlanColumns(
        CatalogTable table,
        IReadOnlyList<SearchColumn> search,
        string idAlias,
        bool dropUserId,
        DbtSettings settings,
        SqlDialect dialect)
    {
        var columns = new List<ModelColumn>();
        var byRaw = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var idSeen = false;
        foreach (var wanted in search)
        {
            var raw = table.Find(wanted.Name);
            if (raw is null || (dropUserId && wanted.Name == "user_id"))
            {
                continue;
            }

            // A property that is a standard column of this table (a page's `name`) describes that column: one column,
            // with the schema's description, type and tests, instead of a second `_name` copy of the same raw column.
            if (wanted.Pointer is not null && byRaw.TryGetValue(raw.Name, out var standard))
            {
                var existing = columns[standard];
                var cast = settings.Models.Cast && wanted.JsonType is not null ? dialect.TypeForJsonSchema(wanted.JsonType, wanted.Format) : null;
                columns[standard] = existing with
                {
                    Description = wanted.Description,
                    CastType = cast,
                    DataType = cast ?? existing.DataType,
                    IsJson = cast is not null && wanted.JsonType is "object" or "array",
                    Tests = Merge(existing.Tests, wanted.SchemaTests ?? []),
                };
                continue;
            }

            string alias;
            if (wanted.Name == "id")
            {
                if (idSeen)
                {
                    continue;
                }

                idSeen = true;
                alias = idAlias;
            }
            else if (Renames.TryGetValue(wanted.Name, out var renamed))
            {
                alias = renamed;
            }
            else
            {
                alias = wanted.Name.Replace("context_", "", StringComparison.Ordinal);
            }

            while (taken.Contains(alias) || ConstantNames.Contains(alias))
            {
                alias = "_" + alias;
            }

            taken.Add(alias);
            var castType = settings.Models.Cast && wanted.JsonType is not null ? dialect.TypeForJsonSchema(wanted.JsonType, wanted.Format) : null;
            IEnumerable<JsonElement> derived = wanted.SchemaTests ?? [];
            if (alias == WarehouseNaming.EventIdAlias)
            {
                // A message id is unique once the model keeps one row per message.
                derived = derived.Concat([SchemaDataTests.Unique, SchemaDataTests.NotNull]);
            }

            var tests = Merge(settings.Docs.Tests.TryGetValue(wanted.Name, out var t) ? t : [], derived);
            byRaw[raw.Name] = columns.Count;
            columns.Add(new ModelColumn(alias, raw.Name, null, castType, wanted.Description, tests, castType ?? raw.DataType.ToLowerInvariant(),
                IsJson: wanted.JsonType is "object" or "array"));
        }

        return columns;
    }

    // The project's `docs.tests` first, as configured, then each schema-derived test they do not already name.
    private static List<JsonElement> Merge(IReadOnlyList<JsonElement> configured, IEnumerable<JsonElement> derived)
    {
        var result = configured.ToList();
        var seen = result.Select(TestName).ToHashSet(StringComparer.Ordinal);
        result.AddRange(derived.Where(d => seen.Add(TestName(d))));
        return result;
    }

    private static string TestName(JsonElement test) =>
        test.ValueKind == JsonValueKind.Object ? test.EnumerateObject().FirstOrDefault().Name ?? "" : test.ToString();
}
