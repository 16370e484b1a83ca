namespace Reflekt.Docs.Model;

/// <summary>The whole docs site as data: every event page and the notes about optional sources. Rendered by <see cref="SiteRenderer"/>.</summary>
/// <param name="ProjectName">The project's name, in every page title.</param>
/// <param name="Events">One entry per event (event folder), ordered by folder.</param>
/// <param name="Source">The <c>--source</c> key whose reflections are shown, or null.</param>
/// <param name="ViolationsNote">Why violations are not shown (registry without <c>/v1/violations</c>), or null.</param>
public sealed record DocsSite(string ProjectName, IReadOnlyList<DocsEvent> Events, string? Source, string? ViolationsNote);
