namespace Reflekt.Json.Schema.Dialects;

/// <summary>Short names of the vocabularies of 2019-09 and 2020-12 (the last segment of their URIs).</summary>
internal static class Vocabularies
{
    public const string Core = "core";
    public const string Applicator = "applicator";
    public const string Unevaluated = "unevaluated";
    public const string Validation = "validation";
    public const string MetaData = "meta-data";
    public const string Format = "format";
    public const string FormatAnnotation = "format-annotation";
    public const string FormatAssertion = "format-assertion";
    public const string Content = "content";

    /// <summary>The short name of a known vocabulary URI of 2019-09/2020-12, or null for anything else.</summary>
    public static string? ShortName(string uri)
    {
        const string v2019 = "https://json-schema.org/draft/2019-09/vocab/";
        const string v2020 = "https://json-schema.org/draft/2020-12/vocab/";
        string? name = uri.StartsWith(v2019, StringComparison.Ordinal) ? uri[v2019.Length..]
            : uri.StartsWith(v2020, StringComparison.Ordinal) ? uri[v2020.Length..]
            : null;
        return name switch
        {
            Core or Applicator or Unevaluated or Validation or MetaData or Format or FormatAnnotation or FormatAssertion or Content => name,
            _ => null,
        };
    }
}
