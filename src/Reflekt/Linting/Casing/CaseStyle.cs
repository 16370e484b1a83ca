namespace Reflekt.Linting.Casing;

/// <summary>The casing a project's conventions ask for (`casing:` in reflekt_project.yml).</summary>
public enum CaseStyle
{
    Any,
    Snake,
    Camel,
    Pascal,
    Title,
}
