using System.Text.RegularExpressions;

namespace Reflekt.Json.Schema.Formats;

/// <summary>uri and uri-reference per RFC 3986: only the allowed ASCII characters, valid percent-escapes, a valid authority.</summary>
internal static partial class UriFormats
{
    public static bool IsUri(string value) => SchemePrefix().IsMatch(value) && IsUriReference(value);

    public static bool IsUriReference(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterOrDigit(c) && "-._~:/?#[]@!$&'()*+,;=".IndexOf(c) < 0)
            {
                return false;
            }
        }

        var hash = value.IndexOf('#');
        if (hash >= 0 && value.IndexOf('#', hash + 1) >= 0)
        {
            return false;
        }

        var match = Reference().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var rest = match.Groups["rest"].Value;
        if (match.Groups["authority"].Success)
        {
            return IsAuthority(match.Groups["authority"].Value) && !rest.Contains('[') && !rest.Contains(']');
        }

        return !rest.Contains('[') && !rest.Contains(']');
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex SchemePrefix();

    // RFC 3986 appendix B, with the scheme syntax enforced and the first path segment of a relative reference free of ':'.
    [GeneratedRegex("^(?:[A-Za-z][A-Za-z0-9+.-]*:|(?![^/?#]*:))(?://(?<authority>[^/?#]*))?(?<rest>[^#]*)(?:#.*)?\\z")]
    private static partial Regex Reference();

    /// <summary>The inside of an RFC 3986 IP-literal: an IPv6 address or IPvFuture ("v" 1*HEXDIG "." 1*(unreserved / sub-delims / ":")).</summary>
    private static bool IsIPLiteral(string literal)
    {
        if (literal.Length == 0 || literal[0] is not ('v' or 'V'))
        {
            return NetworkFormats.IsIPv6(literal);
        }

        var dot = literal.IndexOf('.');
        return dot > 1
            && literal.AsSpan(1, dot - 1).IndexOfAnyExcept(HexDigits) < 0
            && dot < literal.Length - 1
            && literal.AsSpan(dot + 1).IndexOfAnyExcept(FutureCharacters) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly System.Buffers.SearchValues<char> FutureCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:");

    /// <summary>[userinfo@]host[:port], where host is an IP literal (IPv6 or IPvFuture) or a name without brackets, and port is digits.</summary>
    private static bool IsAuthority(string authority)
    {
        var at = authority.LastIndexOf('@');
        var userInfo = at < 0 ? "" : authority[..at];
        var hostPort = authority[(at + 1)..];
        if (userInfo.Contains('[') || userInfo.Contains(']') || userInfo.Contains('@'))
        {
            return false;
        }

        string port;
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']');
            if (close < 0 || !IsIPLiteral(hostPort[1..close]))
            {
                return false;
            }

            port = hostPort[(close + 1)..];
        }
        else
        {
            var colon = hostPort.IndexOf(':');
            var host = colon < 0 ? hostPort : hostPort[..colon];
            if (host.Contains('[') || host.Contains(']'))
            {
                return false;
            }

            port = colon < 0 ? "" : hostPort[colon..];
        }

        return port.Length == 0 || (port[0] == ':' && port[1..].All(char.IsAsciiDigit));
    }
}
