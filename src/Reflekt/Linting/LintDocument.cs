namespace Reflekt.Linting;

/// <summary>One schema file handed to lint: its path relative to the project directory and its text.</summary>
/// <param name="Path">Project-relative path with forward slashes, e.g. <c>schemas/shop/Order_Completed/1-0.json</c>.</param>
/// <param name="Text">The file's content (may be empty or invalid JSON; lint reports that).</param>
public sealed record LintDocument(string Path, string Text)
{
    /// <summary>The path under <c>schemas/</c> (what `$id` should equal); the whole path when it is not under schemas/.</summary>
    public string SchemaPath
    {
        get
        {
            var path = Path.Replace('\\', '/');
            if (path.StartsWith("schemas/", StringComparison.Ordinal))
            {
                return path["schemas/".Length..];
            }
            var index = path.IndexOf("/schemas/", StringComparison.Ordinal);
            return index >= 0 ? path[(index + "/schemas/".Length)..] : path;
        }
    }
}
