using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reflekt.Codegen;

/// <summary>String literals and comment text that are safe in every generated language.</summary>
public static class Literals
{
    private static readonly JsonSerializerOptions Ascii = new() { Encoder = JavaScriptEncoder.Default };

    // Characters JavaScriptEncoder.Default writes as themselves. Names, ids and descriptions are almost always made of
    // these alone, so they are quoted without a serializer call (a few hundred thousand per 10,000-event plan); anything
    // else goes through the serializer, which stays the one definition of the escapes.
    private static readonly SearchValues<char> Plain =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.,:;/()[]{}#!?*=%@$");

    /// <summary>A double-quoted literal with JSON escapes (<c>\"</c>, <c>\\</c>, <c>\uXXXX</c>): valid in TS, Python, C# and Kotlin (Kotlin also needs <c>$</c> escaped).</summary>
    public static string Quoted(string value) =>
        value.AsSpan().ContainsAnyExcept(Plain) ? JsonSerializer.Serialize(value, Ascii) : string.Concat("\"", value, "\"");

    /// <summary>Comment text on one line each, with comment terminators and control characters made harmless.</summary>
    public static IReadOnlyList<string> CommentLines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lines = new List<string>(1);
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw;
            if (line.AsSpan().ContainsAnyInRange('\0', '\u001f') || line.AsSpan().ContainsAnyInRange('\u007f', '\u009f'))
            {
                line = string.Create(line.Length, line, static (target, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        target[i] = char.IsControl(source[i]) ? ' ' : source[i];
                    }
                });
            }

            line = line.Replace("*/", "*\\/").TrimEnd();
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
