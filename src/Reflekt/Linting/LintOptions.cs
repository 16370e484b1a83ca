using Reflekt.Projects;

namespace Reflekt.Linting;

/// <summary>Everything lint needs from the project, loaded once and passed down (never re-discovered per name).</summary>
public sealed record LintOptions
{
    /// <summary>Conventions for event names (<c>schemas.conventions.event</c>).</summary>
    public NamingConvention Event { get; init; } = NamingConvention.Default;

    /// <summary>Conventions for property names (<c>schemas.conventions.property</c>).</summary>
    public NamingConvention Property { get; init; } = NamingConvention.Default;

    /// <summary>Allowed JSON types (<c>schemas.conventions.data_types</c>).</summary>
    public IReadOnlyList<string> DataTypes { get; init; } = SchemaConventions.AllDataTypes;

    /// <summary>The project's vendor, compared with each schema's <c>self.vendor</c>; null skips that rule.</summary>
    public string? Vendor { get; init; }

    /// <summary>How messages name the project file (upstream prints its path).</summary>
    public string ProjectFile { get; init; } = ReflektProject.FileName;

    /// <summary>Per-rule overrides from <c>lint: rules:</c> (rule id → level).</summary>
    public IReadOnlyDictionary<string, LintRuleLevel> Rules { get; init; } = new Dictionary<string, LintRuleLevel>();

    /// <summary>The options a loaded project asks for.</summary>
    public static LintOptions From(ReflektProject project) => new()
    {
        Event = project.Conventions.Event,
        Property = project.Conventions.Property,
        DataTypes = project.Conventions.DataTypes,
        Vendor = project.Vendor,
        ProjectFile = ReflektProject.FileName,
        Rules = project.Lint.Rules,
    };
}
