using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK121: `format` names a format JSON Schema defines (a typo silently validates nothing).</summary>
public sealed class KnownFormatRule : LintRule
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname",
        "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid",
        "json-pointer", "relative-json-pointer", "regex",
    };

    public override string Id => "RK121";

    public override string Name => "known-format";

    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        foreach (var sub in schema.SubSchemas)
        {
            if (!sub.LintDisabled && sub.Has(SchemaKeywords.Format) && sub.Schema.GetString("format") is { } format && !Known.Contains(format))
            {
                yield return schema.At(this, sub.Pointer + "/format", Messages.UnknownFormat(format, schema.FilePath));
            }
        }
    }
}
