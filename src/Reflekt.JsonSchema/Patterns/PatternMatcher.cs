using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Reflekt.Json.Schema.Patterns;

/// <summary>
/// A compiled ECMA-262 pattern: for the simple anchored shapes an <see cref="AsciiPattern"/> that answers on the
/// UTF-8 bytes directly, otherwise the translated regex (built on first use). Immutable and thread-safe.
/// </summary>
internal sealed class PatternMatcher
{
    private readonly Lazy<Regex>? _regex;
    private readonly AsciiPattern? _ascii;

    public PatternMatcher(AsciiPattern ascii) => _ascii = ascii;

    public PatternMatcher(Lazy<Regex> regex) => _regex = regex;

    /// <summary>Whether the pattern matches somewhere in the (unescaped) UTF-8 text.</summary>
    public bool IsMatch(ReadOnlySpan<byte> utf8)
    {
        if (_ascii is not null)
        {
            return _ascii.IsMatch(utf8);
        }

        // JsonDocument has already checked the bytes are valid UTF-8; a char per byte is always enough.
        if (utf8.Length <= 256)
        {
            Span<char> chars = stackalloc char[256];
            return _regex!.Value.IsMatch(chars[..Encoding.UTF8.GetChars(utf8, chars)]);
        }

        var rented = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            return _regex!.Value.IsMatch(rented.AsSpan(0, Encoding.UTF8.GetChars(utf8, rented)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Whether the pattern matches somewhere in the text.</summary>
    public bool IsMatch(string text) => _ascii?.IsMatch(text) ?? _regex!.Value.IsMatch(text);
}
