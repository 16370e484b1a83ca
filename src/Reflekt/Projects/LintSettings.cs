namespace Reflekt.Projects;

/// <summary>The project's <c>lint:</c> block: severity overrides per rule id.</summary>
public sealed record LintSettings(IReadOnlyDictionary<string, LintRuleLevel> Rules)
{
    /// <summary>No overrides: every rule at its default severity.</summary>
    public static LintSettings Default { get; } = new(new Dictionary<string, LintRuleLevel>(StringComparer.Ordinal));

    /// <summary>Accepted spellings of a level in YAML.</summary>
    public static IReadOnlyDictionary<string, LintRuleLevel> LevelNames { get; } = new Dictionary<string, LintRuleLevel>(StringComparer.Ordinal)
    {
        ["off"] = LintRuleLevel.Off,
        ["info"] = LintRuleLevel.Info,
        ["warn"] = LintRuleLevel.Warning,
        ["warning"] = LintRuleLevel.Warning,
        ["error"] = LintRuleLevel.Error,
    };

    /// <summary>The override for a rule, or null when the project keeps its default.</summary>
    public LintRuleLevel? LevelOf(string ruleId) => Rules.TryGetValue(ruleId, out var level) ? level : null;
}
