using Reflekt.Codegen.Shapes;

namespace Reflekt.Codegen.CSharp;

/// <summary>C# member names: PascalCase, unique within their type, never the type's own name or a keyword.</summary>
internal static class CSharpNames
{
    // Lower-case keywords can only be hit by a name that starts with a digit or symbol after casing; kept for enums.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "ToJson", "Check", "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "Deconstruct", "MemberwiseClone",
    };

    /// <summary>Property names for an object's properties, in order, unique and distinct from <paramref name="typeName"/>.</summary>
    public static IReadOnlyList<string> Members(string typeName, IEnumerable<string> jsonNames)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { typeName };
        var names = new List<string>();
        foreach (var json in jsonNames)
        {
            var name = TypeNames.Pascal(json);
            if (Reserved.Contains(name))
            {
                name += "Value";
            }

            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = name + n;
            }

            names.Add(unique);
        }

        return names;
    }
}
