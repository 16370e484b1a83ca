namespace Reflekt.Dbt;

/// <summary>The <c>artifacts.dbt</c> block of <c>reflekt_project.yml</c>, with upstream's defaults.</summary>
public sealed record DbtArtifactSettings
{
    /// <summary>Source file prefix (<c>sources.prefix</c>).</summary>
    public string SourcePrefix { get; init; } = "__src_";

    /// <summary>Model file prefix (<c>models.prefix</c>).</summary>
    public string ModelPrefix { get; init; } = "stg_";

    /// <summary>Raw SQL appended after the model's <c>from</c> line (<c>models.filter</c>); empty for none.</summary>
    public string ModelFilter { get; init; } = "";

    /// <summary>Docs file prefix (<c>docs.prefix</c>).</summary>
    public string DocsPrefix { get; init; } = "_stg_";

    /// <summary>Put source and docs YAML in a <c>docs/</c> sub-folder (<c>docs.in_folder</c>).</summary>
    public bool DocsInFolder { get; init; }

    /// <summary>Generic data tests per raw column name (<c>docs.tests</c>, e.g. <c>id: [unique, not_null]</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DocsTests { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Source freshness (<c>sources.freshness</c>); null to emit none.</summary>
    public DbtSourceFreshness? Freshness { get; init; }

    /// <summary>Cast property columns to their JSON Schema type (<c>models.cast</c>).</summary>
    public bool Cast { get; init; }
}
