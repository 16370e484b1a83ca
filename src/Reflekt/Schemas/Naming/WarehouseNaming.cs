using System.Text.Json;
using Reflekt.Schemas.Calls;

namespace Reflekt.Schemas.Naming;

/// <summary>
/// The one naming authority: which table an event lands in, which column each property lands in, and the
/// id alias of each table, for one CDP warehouse layout. Used by dbt build, reflection drift and lint.
/// </summary>
public sealed class WarehouseNaming
{
    private static readonly Dictionary<CallType, string> TableByCallType = new()
    {
        [CallType.Track] = "tracks",
        [CallType.Identify] = "identifies",
        [CallType.Group] = "groups",
        [CallType.Page] = "pages",
        [CallType.Screen] = "screens",
        [CallType.Alias] = "aliases",
    };

    // What the raw `id` column is called in a staging model of each table; anything else is an event table.
    private static readonly Dictionary<string, string> IdAliasByTable = new(StringComparer.Ordinal)
    {
        ["identifies"] = "identify_id",
        ["users"] = "user_id",
        ["groups"] = "group_id",
        ["pages"] = "page_id",
        ["screens"] = "screen_id",
    };

    // Property columns the loader renames because a standard column of the same name exists. Segment was
    // observed loading an event property `id` into `_id`; the other names are Segment's top-level fields.
    private static readonly HashSet<string> ShadowedColumns = new(StringComparer.Ordinal)
    {
        "id", "received_at", "sent_at", "original_timestamp", "timestamp", "event", "event_text", "uuid",
        "uuid_ts", "loaded_at",
    };

    private readonly bool _prefixReservedWords;

    private WarehouseNaming(WarehouseLayout layout, IReadOnlyList<StandardColumn> standardColumns, bool prefixReservedWords)
    {
        Layout = layout;
        StandardColumns = standardColumns;
        _prefixReservedWords = prefixReservedWords;
    }

    /// <summary>Segment's layout (contracts §4).</summary>
    public static WarehouseNaming Segment { get; } = new(WarehouseLayout.Segment, SegmentStandardColumns.All, false);

    /// <summary>RudderStack's layout (contracts §5): reserved words get a leading '_'.</summary>
    public static WarehouseNaming RudderStack { get; } = new(WarehouseLayout.RudderStack, RudderStackStandardColumns.All, true);

    public WarehouseLayout Layout { get; }

    /// <summary>Columns written on every table, in the order staging models list them.</summary>
    public IReadOnlyList<StandardColumn> StandardColumns { get; }

    /// <summary>
    /// The standard columns of one table: <c>name</c> (the page or screen name) only on <c>pages</c> and <c>screens</c>,
    /// <c>event_text</c> only on <c>tracks</c> and event tables, so a track property called <c>name</c> is that property.
    /// </summary>
    public IEnumerable<StandardColumn> StandardColumnsOf(string table)
    {
        var pageOrScreen = table is "pages" or "screens";
        var trackTable = table == TableFor(CallType.Track) || !IdAliasByTable.ContainsKey(table);
        return StandardColumns.Where(c => c.Name switch
        {
            "name" => pageOrScreen,
            "event_text" => trackTable,
            _ => true,
        });
    }

    public static WarehouseNaming For(WarehouseLayout layout) => layout switch
    {
        WarehouseLayout.Segment => Segment,
        WarehouseLayout.RudderStack => RudderStack,
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
    };

    /// <summary>The call an event schema describes: Identify, Group, Page Viewed, Screen Viewed or a track.</summary>
    public CallType CallTypeOf(string eventName) => CallTypes.OfEventName(eventName);

    /// <summary>The table all calls of a type land in (<c>tracks</c>, <c>identifies</c>, <c>pages</c>…).</summary>
    public string TableFor(CallType callType) => TableByCallType[callType];

    /// <summary>The table an event schema's calls land in: its own snake_case table for a track.</summary>
    public string TableName(string eventName)
    {
        var callType = CallTypeOf(eventName);
        return callType == CallType.Track ? SafeName(GoSnakeCase.Convert(eventName)) : TableFor(callType);
    }

    /// <summary>The column a (possibly nested) property lands in, e.g. <c>["address","zipCode"]</c> → <c>address_zip_code</c>.</summary>
    public string ColumnName(IReadOnlyList<string> propertyPath)
    {
        var column = GoSnakeCase.Convert(string.Join('.', propertyPath));
        if (column.Length == 0)
        {
            return column;
        }

        column = SafeName(column);
        return ShadowedColumns.Contains(column) ? "_" + column : column;
    }

    /// <summary>How staging models name the raw <c>id</c> of <paramref name="table"/> (<c>event_id</c> for event tables).</summary>
    public string IdAlias(string table) => IdAliasByTable.TryGetValue(table, out var alias) ? alias : EventIdAlias;

    /// <summary>The output name of a message id: the key event models deduplicate on and test as unique.</summary>
    public const string EventIdAlias = "event_id";

    /// <summary>The leaves of an event schema and their columns, in document order.</summary>
    public IReadOnlyList<FlattenedProperty> Flatten(JsonElement schema) => PropertyFlattener.Flatten(schema, ColumnName);

    /// <summary>Properties of one schema that land in the same column (e.g. <c>orderId</c> and <c>order_id</c>).</summary>
    public IReadOnlyList<ColumnCollision> FindCollisions(JsonElement schema)
    {
        var leaves = PropertyFlattener.Flatten(schema, ColumnName);
        var seen = new HashSet<string>(leaves.Count, StringComparer.Ordinal);
        if (leaves.TrueForAll(p => p.ColumnName.Length == 0 || seen.Add(p.ColumnName)))
        {
            return []; // the usual case, decided without grouping
        }

        return [.. leaves
            .Where(p => p.ColumnName.Length > 0)
            .GroupBy(p => p.ColumnName, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new ColumnCollision(g.Key, [.. g]))];
    }

    // Loaders cannot create names that start with a digit; RudderStack also avoids reserved words.
    private string SafeName(string name)
    {
        if (name.Length > 0 && char.IsAsciiDigit(name[0]))
        {
            return "_" + name;
        }

        return _prefixReservedWords && SqlReservedWords.Contains(name) ? "_" + name : name;
    }
}
