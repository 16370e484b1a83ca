using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reflekt.Schemas.Calls;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Drift;

/// <summary>Turns schema versions into per-table expectations with the dbt build's naming and flattening.</summary>
public static partial class ExpectationBuilder
{
    // Columns the loaders add for their own bookkeeping (contracts.md §4.4, §5.2); never part of a schema.
    private static readonly string[] LoaderColumns = ["event", "uuid", "uuid_ts", "loaded_at", "schema_id"];

    /// <summary>One expectation per event table, ordered by table; the latest version is the highest MAJOR-MINOR.</summary>
    public static IReadOnlyList<EventExpectation> Build(IEnumerable<SchemaVersionInput> versions, WarehouseNaming naming) =>
        [
            .. versions
                .GroupBy(v => naming.TableName(v.EventName), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var ordered = g.OrderBy(v => VersionKey(v.SchemaId)).ThenBy(v => v.SchemaId, StringComparer.Ordinal).ToList();
                    var latest = ordered[^1];
                    return new EventExpectation(
                        latest.SchemaId,
                        latest.File,
                        g.Key,
                        Columns(naming, latest.Document),
                        [.. ordered.SelectMany(v => Columns(naming, v.Document)).DistinctBy(c => c.Name, StringComparer.Ordinal)]);
                }),
        ];

    /// <summary>Drift options whose standard columns are the layout's plus the loaders' bookkeeping columns.</summary>
    /// <param name="naming">The SDK's naming.</param>
    /// <param name="now">Clock for staleness.</param>
    /// <param name="staleAfter">Stale-after period, or null.</param>
    /// <param name="dialect">The warehouse dialect, when known (SQLite keeps booleans as integers).</param>
    public static DriftOptions Options(WarehouseNaming naming, DateTimeOffset now, TimeSpan? staleAfter, SqlDialect? dialect = null) =>
        new(now, staleAfter,
            new HashSet<string>(naming.StandardColumns.Select(c => c.Name).Concat(LoaderColumns), StringComparer.Ordinal),
            ["context_"])
        {
            BooleansAsIntegers = dialect is not null && dialect.BooleanType == dialect.IntegerType,
        };

    /// <summary>Tables of the layout that are not per-event tables, never reported as unclaimed.</summary>
    public static IReadOnlySet<string> NonEventTables(WarehouseNaming naming) =>
        new HashSet<string>(
            Enum.GetValues<CallType>().Select(naming.TableFor)
                .Concat(["users", "aliases", "accounts", "rudder_discards"]),
            StringComparer.Ordinal);

    private static ExpectedColumn[] Columns(WarehouseNaming naming, JsonElement document) =>
        [
            .. naming.Flatten(document)
                .Where(p => p.ColumnName.Length > 0)
                .Select(p => new ExpectedColumn(p.ColumnName, p.Pointer, p.Types, Format(p.Schema))),
        ];

    private static string? Format(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String
            ? f.GetString()
            : null;

    private static (int, int) VersionKey(string schemaId)
    {
        var match = Version().Match(schemaId);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : (0, 0);
    }

    [GeneratedRegex(@"/(\d+)-(\d+)(?:\.json)?$")]
    private static partial Regex Version();
}
