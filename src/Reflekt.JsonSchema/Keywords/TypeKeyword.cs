using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Keywords;

/// <summary>type: the instance's JSON type is one of the listed ones ("integer" accepts 1.0).</summary>
internal sealed class TypeKeyword : Keyword
{
    public static readonly KeywordHandler Handler = new("type", Vocabularies.Validation, SubschemaShape.None, Compile);

    [Flags]
    private enum Types
    {
        None = 0,
        Null = 1,
        Boolean = 2,
        Object = 4,
        Array = 8,
        Number = 16,
        String = 32,
        Integer = 64,
    }

    private readonly Types _types;
    private readonly string _expected;

    private TypeKeyword(Types types, string expected)
        : base("type")
    {
        _types = types;
        _expected = expected;
    }

    /// <summary>The kinds accepted outright: "number" admits every number, "integer" alone does not (see <see cref="IntegersOnly"/>).</summary>
    public InstanceKinds Accepted =>
        ((_types & Types.Null) != 0 ? InstanceKinds.Null : 0)
        | ((_types & Types.Boolean) != 0 ? InstanceKinds.Boolean : 0)
        | ((_types & Types.Object) != 0 ? InstanceKinds.Object : 0)
        | ((_types & Types.Array) != 0 ? InstanceKinds.Array : 0)
        | ((_types & Types.Number) != 0 ? InstanceKinds.Number : 0)
        | ((_types & Types.String) != 0 ? InstanceKinds.String : 0);

    /// <summary>True when "integer" is listed without "number": a number passes only if it is whole.</summary>
    public bool IntegersOnly => (_types & Types.Integer) != 0 && (_types & Types.Number) == 0;

    private static Keyword Compile(JsonElement value, SchemaBuilder builder)
    {
        var names = value.ValueKind == JsonValueKind.String ? [value.GetString()!] : builder.StringArray(value);
        var types = Types.None;
        foreach (var name in names)
        {
            types |= name switch
            {
                "null" => Types.Null,
                "boolean" => Types.Boolean,
                "object" => Types.Object,
                "array" => Types.Array,
                "number" => Types.Number,
                "string" => Types.String,
                "integer" => Types.Integer,
                _ => throw builder.Invalid(Messages.BadType(name)),
            };
        }

        return new TypeKeyword(types, string.Join(" or ", names));
    }

    public override bool Evaluate(JsonElement instance, EvaluationContext context, Evaluated? evaluated)
    {
        var ok = instance.ValueKind switch
        {
            JsonValueKind.String => (_types & Types.String) != 0,
            JsonValueKind.Number => (_types & Types.Number) != 0 || ((_types & Types.Integer) != 0 && JsonNumber.IsInteger(instance)),
            JsonValueKind.Object => (_types & Types.Object) != 0,
            JsonValueKind.Array => (_types & Types.Array) != 0,
            JsonValueKind.True or JsonValueKind.False => (_types & Types.Boolean) != 0,
            JsonValueKind.Null => (_types & Types.Null) != 0,
            _ => false,
        };
        return ok || (context.Collecting && context.Fail(Name, Messages.Type(_expected, instance)));
    }
}
