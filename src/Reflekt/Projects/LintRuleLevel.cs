namespace Reflekt.Projects;

/// <summary>A project's override for one lint rule (<c>lint: rules: { RK123: warn }</c>).</summary>
public enum LintRuleLevel
{
    /// <summary>The rule does not run.</summary>
    Off,
    Info,
    Warning,
    Error,
}
