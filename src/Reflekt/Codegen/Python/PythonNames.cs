using System.Text.RegularExpressions;
using Reflekt.Codegen.Shapes;

namespace Reflekt.Codegen.Python;

/// <summary>Python identifiers: snake_case functions, keywords and builtins kept out of the way.</summary>
internal static partial class PythonNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type",
    };

    /// <summary>A method name: <c>order_completed</c>; a keyword gets a trailing underscore (PEP 8).</summary>
    public static string Function(string name)
    {
        var snake = TypeNames.Snake(name);
        return Keywords.Contains(snake) ? snake + "_" : snake;
    }

    /// <summary>True when a TypedDict key can be written as a class attribute.</summary>
    public static bool IsAttribute(string key) => Identifier().IsMatch(key) && !Keywords.Contains(key);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
