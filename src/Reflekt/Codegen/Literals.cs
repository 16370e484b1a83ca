using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reflekt.Codegen;

/// <summary>String literals and comment text that are safe in every generated language.</summary>
public static class Literals
{
    private static readonly JsonSerializerOptions Ascii = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>A double-quoted literal with JSON escapes (<c>\"</c>, <c>\\</c>, <c>\uXXXX</c>): valid in TS, Python, C# and Kotlin (Kotlin also needs <c>$</c> escaped).</summary>
    public static string Quoted(string value) => JsonSerializer.Serialize(value, Ascii);

    /// <summary>Comment text on one line each, with comment terminators and control characters made harmless.</summary>
    public static IEnumerable<string> CommentLines(string? text) =>
        (text ?? "").Replace("\r\n", "\n").Split('\n')
            .Select(line => new string(line.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Replace("*/", "*\\/").TrimEnd())
            .Where(line => line.Length > 0);
}
