namespace Reflekt.Json.Schema.Compilation;

/// <summary>URI resolution for identifiers and references, string-based so that URNs and fragments survive untouched.</summary>
internal static class UriTools
{
    public static bool HasScheme(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                return true;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Normalises the part before the fragment of a hierarchical URI (host case, dot segments); leaves others as written.</summary>
    public static string Normalize(string absolute)
    {
        var hash = absolute.IndexOf('#');
        var head = hash < 0 ? absolute : absolute[..hash];
        var fragment = hash < 0 ? "" : absolute[hash..];
        if (Uri.TryCreate(head, UriKind.Absolute, out var uri) && IsHierarchical(head))
        {
            head = uri.AbsoluteUri;
        }

        return fragment == "#" ? head : head + fragment;
    }

    public static string WithoutFragment(string uri)
    {
        var hash = uri.IndexOf('#');
        return hash < 0 ? uri : uri[..hash];
    }

    public static string Fragment(string uri)
    {
        var hash = uri.IndexOf('#');
        return hash < 0 ? "" : uri[(hash + 1)..];
    }

    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseUri"/> (RFC 3986); null when it cannot be.</summary>
    public static string? Resolve(string baseUri, string reference)
    {
        if (HasScheme(reference))
        {
            return Normalize(reference);
        }

        if (reference.StartsWith('#'))
        {
            return Normalize(WithoutFragment(baseUri) + reference);
        }

        var head = WithoutFragment(baseUri);
        if (!IsHierarchical(head) || !Uri.TryCreate(head, UriKind.Absolute, out var b))
        {
            return null;
        }

        var hash = reference.IndexOf('#');
        var refHead = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : reference[hash..];
        if (refHead.Length == 0)
        {
            return Normalize(head + fragment);
        }

        return Uri.TryCreate(b, refHead, out var combined) ? Normalize(combined.AbsoluteUri + fragment) : null;
    }

    private static bool IsHierarchical(string uri)
    {
        var colon = uri.IndexOf(':');
        return colon > 0 && uri.Length > colon + 2 && uri[colon + 1] == '/' && uri[colon + 2] == '/';
    }
}
