using System.Globalization;
using System.Text.RegularExpressions;

namespace Reflekt.Json.Schema.Formats;

/// <summary>hostname (RFC 1123, A-labels decoded as Punycode), ipv4, ipv6 (RFC 4291 text form), uuid and email (RFC 5321 mailbox); ipv4, ipv6 and uuid read UTF-8 bytes without allocating.</summary>
internal static partial class NetworkFormats
{
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true, AllowUnassigned = false };

    public static bool IsHostname(string value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in value.Split('.'))
        {
            if (!IsLabel(label))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLabel(string label)
    {
        if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        if (label.Length >= 4 && label[2] == '-' && label[3] == '-')
        {
            // "--" in positions 3-4 is reserved for A-labels ("xn--"), which must decode as Punycode.
            if (!label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            try
            {
                var unicode = Idn.GetUnicode(label.ToLowerInvariant());
                return !(unicode.Length >= 4 && unicode[2] == '-' && unicode[3] == '-') && IdnaRules.IsValidULabel(unicode);
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsIPv4(string value) => Utf8Formats.Check(value, IsIPv4);

    public static bool IsIPv6(string value) => Utf8Formats.Check(value, IsIPv6);

    /// <summary>Dotted quad: four decimal parts 0-255, no leading zeros.</summary>
    public static bool IsIPv4(ReadOnlySpan<byte> value)
    {
        for (var part = 0; part < 4; part++)
        {
            var end = part < 3 ? value.IndexOf((byte)'.') : value.Length;
            if (end is < 1 or > 3 || (end > 1 && value[0] == '0'))
            {
                return false;
            }

            var number = 0;
            foreach (var b in value[..end])
            {
                if (b is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }

                number = (number * 10) + (b - '0');
            }

            if (number > 255)
            {
                return false;
            }

            value = part < 3 ? value[(end + 1)..] : [];
        }

        return true;
    }

    /// <summary>RFC 4291 text form: eight groups of 1-4 hex digits, one "::" for a run of zeros, an IPv4 tail for the last two.</summary>
    public static bool IsIPv6(ReadOnlySpan<byte> value)
    {
        var lastColon = value.LastIndexOf((byte)':');
        if (lastColon < 0)
        {
            return false;
        }

        var groupsNeeded = 8;
        var text = value;
        if (value[(lastColon + 1)..].IndexOf((byte)'.') >= 0)
        {
            if (!IsIPv4(value[(lastColon + 1)..]))
            {
                return false;
            }

            // The IPv4 tail stands for two groups; drop it (and its single separating colon, but not a "::").
            groupsNeeded = 6;
            text = value[..(lastColon + 1)];
            if (!text.EndsWith("::"u8))
            {
                text = text[..^1];
            }
        }

        var doubleColon = text.IndexOf("::"u8);
        if (doubleColon < 0)
        {
            return HexGroups(text) == groupsNeeded;
        }

        if (text[(doubleColon + 1)..].IndexOf("::"u8) >= 0)
        {
            return false;
        }

        var head = doubleColon == 0 ? 0 : HexGroups(text[..doubleColon]);
        var tail = doubleColon + 2 == text.Length ? 0 : HexGroups(text[(doubleColon + 2)..]);
        return head >= 0 && tail >= 0 && head + tail < groupsNeeded;
    }

    /// <summary>How many colon-separated groups of 1-4 hex digits the text is, or -1 when a group is not one.</summary>
    private static int HexGroups(ReadOnlySpan<byte> text)
    {
        var count = 0;
        while (true)
        {
            var end = text.IndexOf((byte)':');
            var group = end < 0 ? text : text[..end];
            if (group.Length is < 1 or > 4)
            {
                return -1;
            }

            foreach (var b in group)
            {
                if (!char.IsAsciiHexDigit((char)b))
                {
                    return -1;
                }
            }

            count++;
            if (end < 0)
            {
                return count;
            }

            text = text[(end + 1)..];
        }
    }

    /// <summary>uuid (RFC 9562): 8-4-4-4-12 hex digits.</summary>
    public static bool IsUuid(ReadOnlySpan<byte> value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < 36; i++)
        {
            var ok = i is 8 or 13 or 18 or 23 ? value[i] == '-' : char.IsAsciiHexDigit((char)value[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsEmail(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return false;
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        if (!QuotedLocal().IsMatch(local) && !DotAtomLocal().IsMatch(local))
        {
            return false;
        }

        if (domain.StartsWith('[') && domain.EndsWith(']'))
        {
            var literal = domain[1..^1];
            return literal.StartsWith("IPv6:", StringComparison.Ordinal) ? IsIPv6(literal[5..]) : IsIPv4(literal);
        }

        return IsHostname(domain);
    }

    [GeneratedRegex("^\"(?:[^\"\\\\]|\\\\.)*\"\\z")]
    private static partial Regex QuotedLocal();

    [GeneratedRegex("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\\z")]
    private static partial Regex DotAtomLocal();
}
