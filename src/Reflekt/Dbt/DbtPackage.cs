using System.Text;

namespace Reflekt.Dbt;

/// <summary>A dbt package as an in-memory file tree: relative path ('/'-separated) → UTF-8 text, sorted.</summary>
public sealed class DbtPackage
{
    public DbtPackage(string name, IEnumerable<KeyValuePair<string, string>> files)
    {
        Name = name;
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            sorted[path] = text;
        }

        Files = sorted;
    }

    /// <summary>Package (and folder) name.</summary>
    public string Name { get; }

    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>The bytes written for a file: UTF-8 without a byte-order mark.</summary>
    public static byte[] Encode(string text) => new UTF8Encoding(false).GetBytes(text);
}
