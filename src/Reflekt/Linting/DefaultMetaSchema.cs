namespace Reflekt.Linting;

/// <summary>
/// Upstream's default meta-schema (<c>schemas/.reflekt/meta/1-0.json</c>, spec §2.4), used when a project
/// has none of its own: every event schema must be valid draft-07 and carry a well-formed <c>self</c> block.
/// </summary>
public static class DefaultMetaSchema
{
    /// <summary>The document's JSON text.</summary>
    public const string Json = Projects.Scaffolding.ProjectTemplates.MetaSchema;
}
