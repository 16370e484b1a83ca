using Reflekt.Diagnostics;

namespace Reflekt.Docs.Model;

/// <summary>One version of an event: its schema as tables, its lint findings, its dbt model and example calls.</summary>
/// <param name="Version">MAJOR-MINOR as written, e.g. <c>2-0</c>.</param>
/// <param name="Id">The schema id (<c>$id</c>).</param>
/// <param name="Description">The version's description.</param>
/// <param name="Metadata"><c>self.metadata</c> as key/value text, in document order.</param>
/// <param name="Properties">The property tree, depth first.</param>
/// <param name="Findings">Lint findings of this file.</param>
/// <param name="Dbt">The staging model and columns it becomes.</param>
/// <param name="Examples">Example calls of the generated clients, one per language that offers them.</param>
public sealed record DocsVersion(
    string Version,
    string Id,
    string? Description,
    IReadOnlyList<KeyValuePair<string, string>> Metadata,
    IReadOnlyList<PropertyRow> Properties,
    IReadOnlyList<Diagnostic> Findings,
    DbtModelPreview Dbt,
    IReadOnlyList<CodeExample> Examples);
