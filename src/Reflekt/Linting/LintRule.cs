using Reflekt.Diagnostics;

namespace Reflekt.Linting;

/// <summary>One lint rule: a stable id, a default severity and a check that returns findings as values.</summary>
public abstract class LintRule
{
    /// <summary>Stable id such as <c>RK105</c>; documented in docs/lint-rules.md and used by `lint: rules:`.</summary>
    public abstract string Id { get; }

    /// <summary>Short kebab-case name shown next to the id.</summary>
    public abstract string Name { get; }

    /// <summary>The severity unless the project overrides it.</summary>
    public abstract Severity DefaultSeverity { get; }

    /// <summary>False for opt-in rules that only run when `lint: rules:` sets a level.</summary>
    public virtual bool EnabledByDefault => true;

    /// <summary>Findings for one schema; never throws on malformed input.</summary>
    public abstract IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context);
}
