using Reflekt.Diagnostics;
using Reflekt.Docs.Model;
using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Schemas;
using Reflekt.Schemas.Naming;

namespace Reflekt.Docs;

/// <summary>Everything the docs site is built from, loaded once by the caller.</summary>
/// <param name="ProjectName">The project's name.</param>
/// <param name="Schemas">The selected event schemas.</param>
/// <param name="Findings">Lint findings of those schemas (<see cref="Diagnostic.File"/> is <c>schemas/&lt;path&gt;</c>).</param>
/// <param name="ModelPrefix">The project's <c>artifacts.dbt.models.prefix</c>.</param>
public sealed record DocsInput(string ProjectName, IReadOnlyList<EventSchema> Schemas, IReadOnlyList<Diagnostic> Findings, string ModelPrefix)
{
    /// <summary>How tables and columns are named (Segment's layout unless told).</summary>
    public WarehouseNaming Naming { get; init; } = WarehouseNaming.Segment;

    /// <summary>The <c>--source</c> key (<c>id.database.schema</c>), or null.</summary>
    public string? Source { get; init; }

    /// <summary>The source's schema, which model names start with; null shows <c>&lt;schema&gt;</c>.</summary>
    public string? SourceSchema { get; init; }

    /// <summary>The latest stored reflection of each table of the source.</summary>
    public IReadOnlyList<ReflectionSnapshot> Snapshots { get; init; } = [];

    /// <summary>Drift of those tables against the schemas.</summary>
    public IReadOnlyList<DriftReport> Drift { get; init; } = [];

    /// <summary>Violations from the registry server, or null when not asked for or not offered.</summary>
    public IReadOnlyList<EventViolation>? Violations { get; init; }

    /// <summary>Why violations are missing although asked for, shown on every page; null otherwise.</summary>
    public string? ViolationsNote { get; init; }
}
