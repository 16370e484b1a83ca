using System.Text.Json;
using Reflekt.Diagnostics;

namespace Reflekt.Linting.Rules;

/// <summary>RK123: an object property with no `properties` and no `additionalProperties: false` accepts anything.</summary>
public sealed class OpenObjectRule : LintRule
{
    public override string Id => "RK123";

    public override string Name => "open-object";

    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        foreach (var property in schema.Properties)
        {
            if (!property.LintDisabled
                && property.Types.Contains("object")
                && property.Schema.GetObject("properties") is null
                && property.Schema.Get("additionalProperties") is not { ValueKind: JsonValueKind.False })
            {
                yield return schema.At(this, property.Pointer, Messages.OpenObject(property.DisplayName, schema.FilePath));
            }
        }
    }
}
