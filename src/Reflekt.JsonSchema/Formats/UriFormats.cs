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

    /// <summary>[userinfo@]host[:port], where host is an IP literal (valid IPv6) or a name without brackets, and port is digits.</summary>
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
            if (close < 0 || !NetworkFormats.IsIPv6(hostPort[1..close]))
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
