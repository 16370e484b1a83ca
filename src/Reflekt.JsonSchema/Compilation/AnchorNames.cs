namespace Reflekt.Json.Schema.Compilation;

/// <summary>
/// What an <c>$anchor</c> (and 2020-12 <c>$dynamicAnchor</c>) may be called: the meta-schemas' patterns,
/// 2020-12 <c>anchorString</c> <c>^[A-Za-z_][-A-Za-z0-9._]*$</c> and 2019-09 <c>^[A-Za-z][-A-Za-z0-9.:_]*$</c>.
/// Checked by hand so that compiling a schema never needs a regex for this.
/// </summary>
internal static class AnchorNames
{
    public static string PatternOf(Draft draft) =>
        draft == Draft.Draft201909 ? "^[A-Za-z][-A-Za-z0-9.:_]*$" : "^[A-Za-z_][-A-Za-z0-9._]*$";

    public static bool IsValid(string name, Draft draft)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || (name[0] == '_' && draft != Draft.Draft201909)))
        {
            return false;
        }

        foreach (var c in name.AsSpan(1))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' || (c == ':' && draft == Draft.Draft201909)))
            {
                return false;
            }
        }

        return true;
    }
}
