using System.Globalization;
using System.Text;
using System.Text.Json;
using Reflekt.Codegen;
using Reflekt.Diagnostics;
using Reflekt.Docs.Model;
using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Schemas;
using Reflekt.Schemas.Calls;
using Reflekt.Schemas.Evolution;
using Reflekt.Schemas.Naming;

namespace Reflekt.Docs;

/// <summary>Builds the site model from the schemas and what else is known about them. Pure and deterministic.</summary>
public static class DocsSiteBuilder
{
    /// <summary>Longest daily-volume chart, in days; older days are left out.</summary>
    public const int MaxChartDays = 366;

    private static readonly string[] OwnerKeys = ["owner", "code_owner", "product_owner"];

    public static DocsSite Build(DocsInput input)
    {
        var findingsByFile = input.Findings.GroupBy(d => d.File ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)[.. g], StringComparer.Ordinal);
        var snapshots = input.Snapshots.ToDictionary(s => s.Table, StringComparer.OrdinalIgnoreCase);
        var drift = input.Drift.Where(d => d.SchemaId is not null).ToDictionary(d => d.Table, StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var folders = input.Schemas
            .GroupBy(EventFolder, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Folder: g.Key, Slug: Slug(g.Key, taken), NewestFirst: (IReadOnlyList<EventSchema>)[.. g.OrderByDescending(s => s.Version).ThenByDescending(s => s.Path, StringComparer.Ordinal)]))
            .ToList();
        // Slugs depend on folder order (taken above, in order); each event is then independent, so they are built in parallel.
        var events = new DocsEvent[folders.Count];
        Parallel.For(0, folders.Count, i => events[i] = Event(folders[i].Folder, folders[i].Slug, folders[i].NewestFirst, input, findingsByFile, snapshots, drift));
        return new DocsSite(input.ProjectName, events, input.Source, input.ViolationsNote);
    }

    private static DocsEvent Event(
        string folder,
        string slug,
        IReadOnlyList<EventSchema> newestFirst,
        DocsInput input,
        Dictionary<string, IReadOnlyList<Diagnostic>> findingsByFile,
        Dictionary<string, ReflectionSnapshot> snapshots,
        Dictionary<string, DriftReport> drift)
    {
        var latest = newestFirst[0];
        var name = latest.Name ?? folder[(folder.LastIndexOf('/') + 1)..].Replace('_', ' ');
        var examples = Examples(newestFirst);
        var versions = newestFirst.Select(s => Version(s, input, findingsByFile.GetValueOrDefault("schemas/" + s.Path, []), examples)).ToList();
        var table = input.Naming.TableName(name);
        var reflection = snapshots.TryGetValue(table, out var snapshot) && drift.TryGetValue(table, out var report)
            ? Reflection(snapshot, report, input.Naming, latest)
            : null;
        var ids = newestFirst.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var group = folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : "";
        return new DocsEvent(
            slug,
            name,
            folder,
            group,
            latest.CallType.WireName(),
            Owner(latest),
            latest.Description,
            LintStatus(versions.SelectMany(v => v.Findings)),
            input.Source is null ? "unknown" : reflection?.Status ?? "not_reflected",
            versions,
            Diffs(newestFirst),
            reflection,
            input.Violations?.Where(v => ids.Contains(v.SchemaId)).ToList());
    }

    private static DocsVersion Version(EventSchema schema, DocsInput input, IReadOnlyList<Diagnostic> findings, Dictionary<string, List<CodeExample>> examples)
    {
        var metadata = schema.Metadata is { } m
            ? m.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())).ToList()
            : [];
        return new DocsVersion(
            schema.VersionText,
            schema.Id,
            schema.Description,
            metadata,
            PropertyTable.Rows(schema.Root),
            findings,
            Dbt(schema, input),
            examples.GetValueOrDefault(schema.Id) ?? []);
    }

    private static DbtModelPreview Dbt(EventSchema schema, DocsInput input)
    {
        var table = input.Naming.TableName(schema.Name ?? schema.PathId?.Name ?? "");
        var columns = input.Naming.Flatten(schema.Root)
            .Where(p => p.ColumnName.Length > 0)
            .Select(p => new DbtColumnPreview(p.ColumnName, p.DottedPath, p.Types.Count == 0 ? "any" : string.Join(" | ", p.Types), p.Description))
            .ToList();
        return new DbtModelPreview(table, DbtModelNameFor(input, table, schema.Id), columns);
    }

    private static string DbtModelNameFor(DocsInput input, string table, string id) =>
        Reflekt.Dbt.DbtModelName.For(input.ModelPrefix, input.SourceSchema ?? "<schema>", table, id);

    // The generated clients offer the latest MINOR of each MAJOR; those versions get example calls.
    private static Dictionary<string, List<CodeExample>> Examples(IReadOnlyList<EventSchema> versions)
    {
        var result = new Dictionary<string, List<CodeExample>>(StringComparer.Ordinal);
        TrackingPlan plan;
        try
        {
            plan = TrackingPlan.From(versions);
        }
        catch (ReflektException)
        {
            return result; // no client can be generated for this event (e.g. a version without MAJOR-MINOR)
        }

        foreach (var planned in plan.Events)
        {
            result[planned.SchemaId] =
            [
                .. CodeGenerators.All
                    .Select(g => (g.Language, Code: g.ExampleCall(planned)))
                    .Where(e => e.Code is not null)
                    .Select(e => new CodeExample(e.Language, e.Code!)),
            ];
        }

        return result;
    }

    private static List<DocsDiff> Diffs(IReadOnlyList<EventSchema> newestFirst)
    {
        var oldestFirst = newestFirst.Reverse().ToArray();
        var diffs = new List<DocsDiff>();
        for (var i = 0; i < oldestFirst.Length; i++)
        {
            for (var j = i + 1; j < oldestFirst.Length; j++)
            {
                diffs.Add(new DocsDiff(oldestFirst[i].VersionText, oldestFirst[j].VersionText, SchemaDiff.Compare(oldestFirst[i].Root, oldestFirst[j].Root)));
            }
        }

        return diffs;
    }

    private static EventReflection Reflection(ReflectionSnapshot snapshot, DriftReport report, WarehouseNaming naming, EventSchema latest)
    {
        var declared = naming.Flatten(latest.Root).Where(p => p.ColumnName.Length > 0).Select(p => p.ColumnName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var columns = snapshot.Columns.OrderBy(c => c.Ordinal)
            .Select(c => new ReflectedColumnRow(c.Name, c.RawType, declared.Contains(c.Name)))
            .Concat(report.DeclaredMissing.Select(c => new ReflectedColumnRow(c, null, true)))
            .ToList();
        return new EventReflection(
            snapshot.Table,
            report.Status,
            Iso(snapshot.ReflectedAt),
            Iso(report.ValidThrough ?? snapshot.ValidThrough),
            snapshot.RowCount,
            Days(snapshot),
            columns,
            [.. report.Diagnostics.Select(d => $"{d.RuleId}: {d.Message}")]);
    }

    // Every day from the first with rows to the last (or the reflection's day), days without rows as 0.
    private static List<DayCount> Days(ReflectionSnapshot snapshot)
    {
        if (snapshot.DayCounts.Count == 0)
        {
            return [];
        }

        var byDay = snapshot.DayCounts.GroupBy(d => d.Day).ToDictionary(g => g.Key, g => g.Sum(d => d.Rows));
        var last = byDay.Keys.Max();
        if (snapshot.ReflectedAt is { } at && DateOnly.FromDateTime(at.UtcDateTime) is var reflectedDay && reflectedDay > last && reflectedDay.DayNumber - last.DayNumber < MaxChartDays)
        {
            last = reflectedDay;
        }

        var first = byDay.Keys.Min();
        if (last.DayNumber - first.DayNumber >= MaxChartDays)
        {
            first = last.AddDays(-(MaxChartDays - 1));
        }

        var days = new List<DayCount>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            days.Add(new DayCount(day, byDay.GetValueOrDefault(day)));
        }

        return days;
    }

    private static string LintStatus(IEnumerable<Diagnostic> findings)
    {
        var worst = findings.Select(d => (Severity?)d.Severity).DefaultIfEmpty(null).Max();
        return worst switch
        {
            null => "clean",
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
    }

    private static string? Owner(EventSchema schema)
    {
        if (schema.Metadata is not { } metadata)
        {
            return null;
        }

        foreach (var key in OwnerKeys)
        {
            if (metadata.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } owner)
            {
                return owner;
            }
        }

        return null;
    }

    private static string EventFolder(EventSchema schema) =>
        schema.PathId?.EventFolder ?? (schema.Path.Contains('/') ? schema.Path[..schema.Path.LastIndexOf('/')] : Path.GetFileNameWithoutExtension(schema.Path));

    // Lower case (case-insensitive file systems), ASCII only, unique in folder order.
    private static string Slug(string folder, HashSet<string> taken)
    {
        var text = new StringBuilder();
        foreach (var c in folder.ToLowerInvariant())
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '-');
        }

        var slug = text.ToString().Trim('-');
        slug = slug.Length == 0 ? "event" : slug;
        var unique = slug;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return unique;
    }

    private static string? Iso(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
