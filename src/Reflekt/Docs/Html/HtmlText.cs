using System.Net;

namespace Reflekt.Docs.Html;

/// <summary>Text and attribute values made safe for HTML (schema text is user data).</summary>
internal static class HtmlText
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
