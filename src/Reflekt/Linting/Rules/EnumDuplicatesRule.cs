using System.Text.Json;
using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK118: an `enum` lists no value twice.</summary>
public sealed class EnumDuplicatesRule : LintRule
{
    public override string Id => "RK118";

    public override string Name => "enum-duplicates";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        foreach (var sub in schema.SubSchemas)
        {
            if (sub.LintDisabled || !sub.Has(SchemaKeywords.Enum) || sub.Schema.GetArray("enum") is not { } values)
            {
                continue;
            }
            var items = values.EnumerateArray().ToList();
            for (var i = 1; i < items.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (JsonElement.DeepEquals(items[i], items[j]))
                    {
                        yield return schema.At(this, $"{sub.Pointer}/enum/{i}", Messages.EnumDuplicate(items[i].GetRawText(), schema.FilePath));
                        break;
                    }
                }
            }
        }
    }
}
