namespace Reflekt.Linting;

/// <summary>A severity override for one rule in `lint: rules:` of reflekt_project.yml.</summary>
public enum RuleLevel
{
    Off,
    Info,
    Warn,
    Error,
}
