using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;
using Reflekt.Json.Schema.Patterns;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>additionalProperties: properties not covered by properties/patternProperties match this subschema.</summary>
internal sealed class AdditionalPropertiesKeyword : Keyword
{
    public static readonly KeywordHandler Handler = new("additionalProperties", Vocabularies.Applicator, SubschemaShape.Schemas, Compile);

    private readonly SchemaNode _node;
    private readonly string[] _knownNames;
    private readonly PropertyNameTable _known;
    private readonly PatternMatcher[] _patterns;

    private AdditionalPropertiesKeyword(SchemaNode node, string[] known, PatternMatcher[] patterns)
        : base("additionalProperties")
    {
        _node = node;
        _knownNames = known;
        _known = new PropertyNameTable(known);
        _patterns = patterns;
    }

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        var node = builder.Subschema(value);
        var known = builder.Dialect.ByName.ContainsKey("properties") && builder.Schema.TryGetProperty("properties", out var properties)
                    && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject().Select(p => p.Name).ToArray()
            : [];
        var patterns = builder.Dialect.ByName.ContainsKey("patternProperties") && builder.Schema.TryGetProperty("patternProperties", out var pp)
                       && pp.ValueKind == JsonValueKind.Object
            ? pp.EnumerateObject().Select(p => builder.ForKeyword("patternProperties").Pattern(p.Name)).ToArray()
            : [];
        return new AdditionalPropertiesKeyword(node, known, patterns);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        if (instance.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        if (evaluated is not null)
        {
            evaluated.AllProperties = true;
        }

        if (_node.IsTrue)
        {
            return true;
        }

        var valid = true;
        foreach (var property in instance.EnumerateObject())
        {
            if (IsCovered(property))
            {
                continue;
            }

            var ok = _node.IsFalse
                ? (context.Collecting && context.Fail(Name, Messages.AdditionalProperty(property.Name)))
                : context.ApplyToProperty(_node, property);
            if (!ok)
            {
                valid = false;
                if (!context.Collecting)
                {
                    return false;
                }
            }
        }

        return valid;
    }

    /// <summary>The names properties declares (never additional).</summary>
    public IReadOnlyList<string> Known => _knownNames;

    /// <summary>
    /// For a property not named by properties (the caller knows): true when patternProperties covers it or it
    /// matches this subschema. Yes/no only; used by <see cref="ObjectShapeKeyword"/>.
    /// </summary>
    public bool AcceptsUndeclared(JsonProperty property, EvaluationContext context)
    {
        if (_node.IsTrue)
        {
            return true;
        }

        foreach (var pattern in _patterns)
        {
            if (JsonText.IsNameMatch(pattern, property))
            {
                return true;
            }
        }

        return !_node.IsFalse && _node.Evaluate(property.Value, context, null);
    }

    private bool IsCovered(JsonProperty property)
    {
        if (_known.Find(property) >= 0)
        {
            return true;
        }

        if (_patterns.Length == 0)
        {
            return false;
        }

        foreach (var pattern in _patterns)
        {
            if (JsonText.IsNameMatch(pattern, property))
            {
                return true;
            }
        }

        return false;
    }
}
