using System.Collections.Frozen;

namespace Reflekt.Server.Validation;

/// <summary>
/// An immutable set of compiled schemas, indexed by `$id` and by event name (latest version). Requests read one
/// snapshot for their whole life; a reload builds a new one and swaps it in atomically.
/// </summary>
internal sealed class SchemaSnapshot
{
    private readonly FrozenDictionary<string, SchemaEntry> _byName;

    public SchemaSnapshot(IEnumerable<SchemaEntry> entries)
    {
        ById = entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _byName = ById.Values
            .Where(e => e.EventName is not null)
            .GroupBy(e => SchemaEntry.NameKey(e.EventName!))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Major).ThenByDescending(e => e.Minor).First());
    }

    public static SchemaSnapshot Empty { get; } = new([]);

    public FrozenDictionary<string, SchemaEntry> ById { get; }

    public SchemaEntry? LatestFor(string eventName) =>
        _byName.TryGetValue(SchemaEntry.NameKey(eventName), out var entry) ? entry : null;

    public SchemaSnapshot With(SchemaEntry entry) =>
        new(ById.Values.Where(e => e.Id != entry.Id).Append(entry));

    public SchemaSnapshot Without(string id) => new(ById.Values.Where(e => e.Id != id));
}
