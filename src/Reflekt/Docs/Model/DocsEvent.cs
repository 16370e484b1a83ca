namespace Reflekt.Docs.Model;

/// <summary>One event of the tracking plan (all versions of one event folder): one page of the site.</summary>
/// <param name="Slug">File name of its page without <c>.html</c>; unique, lower case, stable.</param>
/// <param name="Name">The event name (<c>self.name</c> of the latest version, else the folder name).</param>
/// <param name="Folder">The event folder under <c>schemas/</c>, e.g. <c>shop/Order_Completed</c>.</param>
/// <param name="Group">The folders before the event folder (<c>shop</c>), the index's folder filter.</param>
/// <param name="CallType">The Segment call (<c>track</c>, <c>identify</c>…).</param>
/// <param name="Owner">From the latest version's metadata (<c>owner</c>, <c>code_owner</c> or <c>product_owner</c>), or null.</param>
/// <param name="Description">The latest version's description.</param>
/// <param name="LintStatus"><c>error</c>, <c>warning</c>, <c>info</c> or <c>clean</c>: the worst finding of any version.</param>
/// <param name="Freshness">The drift status of its table (<c>ok</c>, <c>stale</c>, <c>drift</c>, <c>missing_table</c>, <c>error</c>), or <c>unknown</c> without <c>--source</c>.</param>
/// <param name="Versions">Newest first.</param>
/// <param name="Diffs">Every ordered pair of versions (older → newer).</param>
/// <param name="Reflection">The latest reflection of its table, with <c>--source</c>.</param>
/// <param name="Violations">Live violations from the registry, with <c>--registry-url</c>.</param>
public sealed record DocsEvent(
    string Slug,
    string Name,
    string Folder,
    string Group,
    string CallType,
    string? Owner,
    string? Description,
    string LintStatus,
    string Freshness,
    IReadOnlyList<DocsVersion> Versions,
    IReadOnlyList<DocsDiff> Diffs,
    EventReflection? Reflection,
    IReadOnlyList<EventViolation>? Violations);
