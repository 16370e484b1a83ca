using System.Globalization;
using System.Text.RegularExpressions;

namespace Reflekt.Json.Schema.Formats;

/// <summary>hostname (RFC 1123, A-labels decoded as Punycode), ipv4, ipv6 (RFC 4291 text form) and email (RFC 5321 mailbox).</summary>
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

    public static bool IsIPv4(string value)
    {
        var parts = value.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            if (int.Parse(part, CultureInfo.InvariantCulture) > 255)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsIPv6(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        var groupsNeeded = 8;
        var text = value;
        var lastColon = text.LastIndexOf(':');
        if (lastColon >= 0 && text.IndexOf('.', lastColon) > 0)
        {
            if (!IsIPv4(text[(lastColon + 1)..]))
            {
                return false;
            }

            groupsNeeded = 6;
            text = text[..(lastColon + 1)] + (text.EndsWith("::" + text[(lastColon + 1)..], StringComparison.Ordinal) ? "" : "0");
            if (text.EndsWith(":0", StringComparison.Ordinal) && !text.EndsWith("::0", StringComparison.Ordinal))
            {
                text = text[..^2];
            }
            else if (text.EndsWith("::0", StringComparison.Ordinal))
            {
                text = text[..^1];
            }
        }

        var doubleColon = text.IndexOf("::", StringComparison.Ordinal);
        if (doubleColon >= 0 && text.IndexOf("::", doubleColon + 1, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        if (doubleColon < 0)
        {
            var groups = text.Split(':');
            return groups.Length == groupsNeeded && groups.All(IsHexGroup);
        }

        var head = text[..doubleColon];
        var tail = text[(doubleColon + 2)..];
        var headGroups = head.Length == 0 ? [] : head.Split(':');
        var tailGroups = tail.Length == 0 ? [] : tail.Split(':');
        return headGroups.Length + tailGroups.Length < groupsNeeded
               && headGroups.All(IsHexGroup) && tailGroups.All(IsHexGroup);
    }

    private static bool IsHexGroup(string group) => group.Length is >= 1 and <= 4 && group.All(char.IsAsciiHexDigit);

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
