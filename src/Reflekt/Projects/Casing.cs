namespace Reflekt.Projects;

/// <summary>The casing a project requires for event or property names (<c>schemas.conventions.*.casing</c>).</summary>
public enum Casing
{
    Any,
    Snake,
    Camel,
    Pascal,
    Title,
}
