using Reflekt.Codegen.Shapes;
using Reflekt.Schemas;
using Reflekt.Schemas.Calls;

namespace Reflekt.Codegen;

/// <summary>
/// The events a generated client offers: for each event and MAJOR version, its latest MINOR, in a stable order
/// (event name, then MAJOR descending). Alias schemas describe no payload and get no function.
/// </summary>
public sealed class TrackingPlan
{
    private TrackingPlan(IReadOnlyList<PlannedEvent> events) => Events = events;

    /// <summary>The planned events, sorted by event name (ordinal), newest MAJOR first.</summary>
    public IReadOnlyList<PlannedEvent> Events { get; }

    /// <summary>Plans the functions for the given schemas.</summary>
    /// <exception cref="ReflektException">Two schemas would produce the same function, or a schema has no version.</exception>
    public static TrackingPlan From(IEnumerable<EventSchema> schemas)
    {
        var chosen = new List<(EventSchema Schema, string EventName, SchemaVersion Version, bool IsLatestMajor, string FunctionKey)>();
        var byFunction = new Dictionary<string, EventSchema>(StringComparer.Ordinal);
        foreach (var group in schemas.Where(s => s.CallType != CallType.Alias).GroupBy(EventNameOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var versions = group.Select(s => (Schema: s, Version: s.Version ?? throw new ReflektException(
                    $"{s.Path}: cannot generate code: the schema has no MAJOR-MINOR version (self.version or the file name)")))
                .ToArray();
            var latestMajor = versions.Max(v => v.Version.Major);
            foreach (var major in versions.GroupBy(v => v.Version.Major).OrderByDescending(m => m.Key))
            {
                var latest = major.MaxBy(v => v.Version);
                var isLatestMajor = major.Key == latestMajor;
                var baseName = isLatestMajor ? group.Key : $"{group.Key} V{major.Key}";
                var functionKey = TypeNames.Pascal(baseName);
                if (byFunction.TryGetValue(functionKey, out var other))
                {
                    throw new ReflektException(
                        $"{latest.Schema.Path}: cannot generate code: its function name {functionKey} is also the name of {other.Path}; rename one event");
                }

                byFunction[functionKey] = latest.Schema;
                chosen.Add((latest.Schema, group.Key, latest.Version, isLatestMajor, functionKey));
            }
        }

        // Reading shapes is most of planning and each event's is independent: read them in parallel, keep the order.
        // A plan of one event (the docs site plans each event on its own, already in parallel) is read inline: a
        // nested parallel loop of one item costs more in task hand-off than the read itself.
        var planned = new PlannedEvent[chosen.Count];
        void Read(int i)
        {
            var (schema, eventName, version, isLatestMajor, functionKey) = chosen[i];
            planned[i] = new PlannedEvent(schema, eventName, version, isLatestMajor, ShapeReader.ReadEvent(schema.Root, functionKey));
        }

        if (chosen.Count == 1)
        {
            Read(0);
        }
        else
        {
            Parallel.For(0, chosen.Count, Read);
        }

        return new TrackingPlan(planned);
    }

    // self.name, else the event folder with '_' read as spaces (as upstream names tables from folders).
    private static string EventNameOf(EventSchema schema) =>
        schema.Name ?? schema.PathId?.Name.Replace('_', ' ') ?? Path.GetFileNameWithoutExtension(schema.Path);
}
