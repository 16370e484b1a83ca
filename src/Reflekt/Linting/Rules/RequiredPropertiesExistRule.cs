using System.Text.Json;
using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK115: every name in a `required` list is defined in the same schema's `properties`.</summary>
public sealed class RequiredPropertiesExistRule : LintRule
{
    public override string Id => "RK115";

    public override string Name => "required-properties-exist";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        foreach (var sub in schema.SubSchemas)
        {
            if (sub.LintDisabled || !sub.Has(SchemaKeywords.Required) || sub.Schema.GetArray("required") is not { } required)
            {
                continue;
            }
            var properties = sub.Schema.GetObject("properties");
            var index = 0;
            foreach (var name in required.EnumerateArray())
            {
                var pointer = $"{sub.Pointer}/required/{index++}";
                if (name.ValueKind == JsonValueKind.String && properties?.Get(name.GetString()!) is null)
                {
                    yield return schema.At(this, pointer, Messages.RequiredNotDefined(name.GetString()!, schema.FilePath));
                }
            }
        }
    }
}
