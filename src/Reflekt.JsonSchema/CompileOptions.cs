namespace Reflekt.Json.Schema;

/// <summary>How a schema is compiled: where references resolve, the default draft, format assertion.</summary>
public sealed record CompileOptions
{
    /// <summary>Documents that references resolve against; null means only the built-in meta-schemas.</summary>
    public SchemaRegistry? Registry { get; init; }

    /// <summary>The retrieval URI of the root document, the base for its relative references.</summary>
    public Uri? BaseUri { get; init; }

    /// <summary>The draft used when the schema has no <c>$schema</c>.</summary>
    public Draft DefaultDraft { get; init; } = Draft.Draft07;

    /// <summary>Treat <c>format</c> as an assertion instead of an annotation.</summary>
    public bool AssertFormat { get; init; }
}
