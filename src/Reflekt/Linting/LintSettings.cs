using Reflekt.Linting.Casing;

namespace Reflekt.Linting;

/// <summary>Everything lint needs from the project, loaded once and passed down (never re-discovered per name).</summary>
public sealed record LintSettings
{
    /// <summary>Conventions for event names (`schemas.conventions.event`).</summary>
    public NameConvention Event { get; init; } = NameConvention.Default;

    /// <summary>Conventions for property names (`schemas.conventions.property`).</summary>
    public NameConvention Property { get; init; } = NameConvention.Default;

    /// <summary>Allowed JSON types (`schemas.conventions.data_types`).</summary>
    public IReadOnlyList<string> DataTypes { get; init; } =
        ["string", "integer", "number", "boolean", "object", "array", "any", "null"];

    /// <summary>The project's vendor, compared with each schema's `self.vendor`; null skips that rule.</summary>
    public string? Vendor { get; init; }

    /// <summary>How messages name the project file (upstream prints its path).</summary>
    public string ProjectFile { get; init; } = "reflekt_project.yml";

    /// <summary>Per-rule overrides from `lint: rules:` (rule id → level).</summary>
    public IReadOnlyDictionary<string, RuleLevel> Rules { get; init; } = new Dictionary<string, RuleLevel>();
}
