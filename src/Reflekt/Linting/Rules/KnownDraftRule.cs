using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK122: `$schema`, when present, names draft-07, 2019-09 or 2020-12.</summary>
public sealed class KnownDraftRule : LintRule
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "json-schema.org/draft-07/schema",
        "json-schema.org/draft/2019-09/schema",
        "json-schema.org/draft/2020-12/schema",
    };

    public override string Id => "RK122";

    public override string Name => "known-draft";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        if (schema.Root.Get("$schema") is not { } value)
        {
            yield break;
        }
        var uri = value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (!Known.Contains(Normalize(uri)))
        {
            yield return schema.At(this, "/$schema", Messages.UnknownDraft(uri, schema.FilePath));
        }
    }

    private static string Normalize(string uri)
    {
        var text = uri.TrimEnd('#');
        foreach (var scheme in new[] { "http://", "https://" })
        {
            if (text.StartsWith(scheme, StringComparison.Ordinal))
            {
                return text[scheme.Length..];
            }
        }
        return text;
    }
}
