namespace Reflekt.Server.Validation;

/// <summary>Checks a schema `$id` used as a path under the schemas directory: relative, no `..`, ends in `.json`.</summary>
internal static class SchemaIds
{
    public static bool IsSafe(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || !id.EndsWith(".json", StringComparison.Ordinal) || id.StartsWith('/') || id.Contains('\\'))
        {
            return false;
        }
        foreach (var segment in id.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.StartsWith('.'))
            {
                return false;
            }
        }
        return true;
    }
}
