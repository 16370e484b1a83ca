using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Reflekt.Json.Schema.Patterns;

namespace Reflekt.Json.Schema.Formats;

/// <summary>
/// The formats checked in assertion mode, by name. Anything not listed is an annotation only. The hot-path formats
/// also have a UTF-8 check, used when the instance string has no escapes (so no string is made).
/// </summary>
internal static partial class FormatCatalog
{
    private static readonly FrozenDictionary<string, FormatCheck> Checks = new Dictionary<string, FormatCheck>
    {
        ["date-time"] = new(DateTimeFormats.IsDateTime, DateTimeFormats.IsDateTime),
        ["date"] = new(DateTimeFormats.IsDate, DateTimeFormats.IsDate),
        ["time"] = new(DateTimeFormats.IsTime, DateTimeFormats.IsTime),
        ["duration"] = new(DateTimeFormats.IsDuration, null),
        ["email"] = new(NetworkFormats.IsEmail, null),
        ["hostname"] = new(NetworkFormats.IsHostname, null),
        ["ipv4"] = new(NetworkFormats.IsIPv4, NetworkFormats.IsIPv4),
        ["ipv6"] = new(NetworkFormats.IsIPv6, NetworkFormats.IsIPv6),
        ["uri"] = new(UriFormats.IsUri, null),
        ["uri-reference"] = new(UriFormats.IsUriReference, null),
        ["uuid"] = new(value => Utf8Formats.Check(value, NetworkFormats.IsUuid), NetworkFormats.IsUuid),
        ["regex"] = new(EcmaRegex.IsValid, null),
        ["json-pointer"] = new(value => JsonPointerSyntax().IsMatch(value), null),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string format, [MaybeNullWhen(false)] out FormatCheck check) => Checks.TryGetValue(format, out check);

    [GeneratedRegex("^(?:/(?:[^/~]|~[01])*)*\\z")]
    private static partial Regex JsonPointerSyntax();
}

/// <summary>
/// One format's check on a string, and (when it has one) on the string's UTF-8 bytes. A class, not a struct: the
/// dictionary of a reference type shares the runtime's precompiled code, one over a struct is JIT-compiled at the
/// start of every process that asserts formats (some 40 methods).
/// </summary>
internal sealed record FormatCheck(Func<string, bool> Text, Utf8Format? Utf8);
