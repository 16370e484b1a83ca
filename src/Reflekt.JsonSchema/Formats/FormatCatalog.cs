using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Reflekt.Json.Schema.Patterns;

namespace Reflekt.Json.Schema.Formats;

/// <summary>The formats checked in assertion mode, by name. Anything not listed is an annotation only.</summary>
internal static partial class FormatCatalog
{
    private static readonly FrozenDictionary<string, Func<string, bool>> Checks = new Dictionary<string, Func<string, bool>>
    {
        ["date-time"] = DateTimeFormats.IsDateTime,
        ["date"] = DateTimeFormats.IsDate,
        ["time"] = DateTimeFormats.IsTime,
        ["duration"] = DateTimeFormats.IsDuration,
        ["email"] = NetworkFormats.IsEmail,
        ["hostname"] = NetworkFormats.IsHostname,
        ["ipv4"] = NetworkFormats.IsIPv4,
        ["ipv6"] = NetworkFormats.IsIPv6,
        ["uri"] = UriFormats.IsUri,
        ["uri-reference"] = UriFormats.IsUriReference,
        ["uuid"] = value => Uuid().IsMatch(value),
        ["regex"] = EcmaRegex.IsValid,
        ["json-pointer"] = value => JsonPointerSyntax().IsMatch(value),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string format, out Func<string, bool> check) => Checks.TryGetValue(format, out check!);

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z")]
    private static partial Regex Uuid();

    [GeneratedRegex("^(?:/(?:[^/~]|~[01])*)*\\z")]
    private static partial Regex JsonPointerSyntax();
}
