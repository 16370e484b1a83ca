using System.Text.Json;
using Reflekt.Schemas;

namespace Reflekt.Codegen.Shapes;

/// <summary>
/// Reads one event schema's JSON Schema into <see cref="TypeShape"/>s. Local <c>$ref</c>s (<c>#/definitions/…</c>,
/// <c>#/$defs/…</c>) are followed; a reference back into itself (recursion) becomes <see cref="AnyShape"/>, since
/// generated types stay simple. Nested objects and enums get names built from the path, unique within the event.
/// </summary>
public sealed class ShapeReader
{
    private readonly JsonElement _document;
    private readonly string _rootName;
    private readonly Dictionary<string, TypeShape> _namedTypes = new(StringComparer.Ordinal);
    private readonly Stack<string> _refsInProgress = new();

    private ShapeReader(JsonElement document, string rootName)
    {
        _document = document;
        _rootName = rootName;
    }

    /// <summary>The shape of an event's root schema, named <paramref name="typeName"/>.</summary>
    public static ObjectShape ReadEvent(JsonElement schema, string typeName)
    {
        var reader = new ShapeReader(schema, typeName);
        return reader.Read(schema, new PendingName(typeName, null)) as ObjectShape ?? new ObjectShape(typeName, []);
    }

    private TypeShape Read(JsonElement schema, PendingName typeName)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return new AnyShape();
        }

        var k = SchemaKeywords.Of(schema);
        var description = SchemaKeywords.StringOf(k.Description);
        if (k.Ref.ValueKind == JsonValueKind.String)
        {
            return ReadReference(k.Ref.GetString()!, typeName, description);
        }

        var (types, nullable) = TypesOf(k.Type);

        if (EnumShapeOf(k, typeName, nullable, description) is { } enumShape)
        {
            return Named(enumShape);
        }

        if (types.Count == 0 && NullableBranch(k) is { } branch)
        {
            return Read(branch, typeName) with { Nullable = true, Description = description ?? Describe(branch) };
        }

        if (types.Count == 0 && k.AllOf.ValueKind == JsonValueKind.Array && k.AllOf.GetArrayLength() == 1)
        {
            return Read(k.AllOf[0], typeName) with { Nullable = nullable, Description = description };
        }

        var type = types.Count switch
        {
            1 => types[0],
            0 when SchemaKeywords.Has(k.Properties) => "object",
            0 when SchemaKeywords.Has(k.Items) => "array",
            _ => null,
        };

        // Shapes are made with their nullability and description at once: a copy per property (`with`) was a third of
        // planning's allocations.
        TypeShape shape = type switch
        {
            "string" => new PrimitiveShape(PrimitiveKind.String, SchemaKeywords.StringOf(k.Format)) { Nullable = nullable, Description = description },
            "number" => new PrimitiveShape(PrimitiveKind.Number) { Nullable = nullable, Description = description },
            "integer" => new PrimitiveShape(PrimitiveKind.Integer) { Nullable = nullable, Description = description },
            "boolean" => new PrimitiveShape(PrimitiveKind.Boolean) { Nullable = nullable, Description = description },
            "object" => ReadObject(k, typeName.Value, nullable, description),
            "array" => new ArrayShape(k.Items.ValueKind == JsonValueKind.Object
                ? Read(k.Items, new PendingName(typeName.Value + "Item", null))
                : new AnyShape()) { Nullable = nullable, Description = description },
            _ => new AnyShape { Nullable = nullable, Description = description },
        };
        return shape is ObjectShape ? Named(shape) : shape;
    }

    // enum (or const) of strings, optionally with null: a named enum. Other enums are typed by their `type`.
    private static EnumShape? EnumShapeOf(SchemaKeywords k, PendingName typeName, bool nullable, string? description)
    {
        var single = false;
        var values = k.Enum;
        if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            if (!SchemaKeywords.Has(k.Const))
            {
                return null;
            }

            single = true;
            values = k.Const;
        }

        var count = single ? 1 : values.GetArrayLength();
        var strings = new List<string>(count);
        var hasNull = false;
        if (single)
        {
            Add(values);
        }
        else
        {
            foreach (var value in values.EnumerateArray())
            {
                Add(value);
            }
        }

        if (strings.Count == 0 || strings.Count + (hasNull ? 1 : 0) != count)
        {
            return null;
        }

        return new EnumShape(typeName.Value, strings.Distinct(StringComparer.Ordinal).ToArray())
            { Nullable = nullable || hasNull, Description = description };

        void Add(JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                strings.Add(value.GetString()!);
            }
            else if (value.ValueKind == JsonValueKind.Null)
            {
                hasNull = true;
            }
        }
    }

    private TypeShape ReadObject(SchemaKeywords k, string typeName, bool nullable, string? description)
    {
        if (k.Properties.ValueKind != JsonValueKind.Object)
        {
            var values = k.AdditionalProperties.ValueKind == JsonValueKind.Object
                ? Read(k.AdditionalProperties, new PendingName(typeName + "Value", null))
                : new AnyShape();
            return new MapShape(values) { Nullable = nullable, Description = description };
        }

        var shapes = new List<PropertyShape>();
        foreach (var property in k.Properties.EnumerateObject())
        {
            var name = property.Name;
            shapes.Add(new PropertyShape(name, RequiredProperties.Lists(k.Required, name), Read(property.Value, new PendingName(typeName, name))));
        }

        return new ObjectShape(typeName, shapes.ToArray()) { Nullable = nullable, Description = description };
    }

    private TypeShape ReadReference(string reference, PendingName typeName, string? description)
    {
        if (!reference.StartsWith('#') || _refsInProgress.Contains(reference))
        {
            // Remote references are not followed, and recursive types are typed loosely on purpose.
            return new AnyShape { Description = description };
        }

        var target = Resolve(reference[1..]);
        if (target is null)
        {
            return new AnyShape { Description = description };
        }

        // A named definition gives the type its name, so two properties sharing it share one generated type.
        var lastSegment = reference[(reference.LastIndexOf('/') + 1)..];
        var name = reference.StartsWith("#/definitions/", StringComparison.Ordinal) || reference.StartsWith("#/$defs/", StringComparison.Ordinal)
            ? new PendingName(_rootName, lastSegment)
            : typeName;
        _refsInProgress.Push(reference);
        try
        {
            var shape = Read(target.Value, name);
            return description is null ? shape : shape with { Description = description };
        }
        finally
        {
            _refsInProgress.Pop();
        }
    }

    private JsonElement? Resolve(string pointer)
    {
        var current = _document;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    // Keeps one shape per name; a different shape that would take a taken name gets a numbered one.
    private TypeShape Named(TypeShape shape)
    {
        var baseName = NameOf(shape);
        var candidate = shape;
        for (var n = 2; _namedTypes.TryGetValue(NameOf(candidate), out var existing); n++)
        {
            if (ShapeEquality.SameType(existing, candidate))
            {
                return candidate;
            }

            candidate = Renamed(shape, baseName + n);
        }

        _namedTypes[NameOf(candidate)] = candidate;
        return candidate;
    }

    private static string NameOf(TypeShape shape) => shape switch
    {
        ObjectShape o => o.TypeName,
        EnumShape e => e.TypeName,
        _ => throw new ArgumentException("only objects and enums are named", nameof(shape)),
    };

    private static TypeShape Renamed(TypeShape shape, string name) => shape switch
    {
        ObjectShape o => o with { TypeName = name },
        EnumShape e => e with { TypeName = name },
        _ => shape,
    };

    private static (List<string> Types, bool Nullable) TypesOf(JsonElement type)
    {
        var types = new List<string>(1);
        if (type.ValueKind == JsonValueKind.String)
        {
            types.Add(type.GetString()!);
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String)
                {
                    types.Add(t.GetString()!);
                }
            }
        }

        var nullable = types.Remove("null");
        // JSON Schema's integer is a number; ["integer", "number"] is a number.
        if (types.Count == 2 && types.Contains("integer") && types.Contains("number"))
        {
            types.Remove("integer");
        }

        return (types, nullable);
    }

    // anyOf / oneOf of exactly one schema and {"type": "null"}: the schema, nullable.
    private static JsonElement? NullableBranch(SchemaKeywords k)
    {
        foreach (var branches in (ReadOnlySpan<JsonElement>)[k.AnyOf, k.OneOf])
        {
            if (branches.ValueKind == JsonValueKind.Array && branches.GetArrayLength() == 2)
            {
                var nonNull = branches.EnumerateArray().Where(b => !IsNullSchema(b)).ToArray();
                if (nonNull.Length == 1)
                {
                    return nonNull[0];
                }
            }
        }

        return null;
    }

    private static bool IsNullSchema(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t)
        && t.ValueKind == JsonValueKind.String && t.ValueEquals("null");

    private static string? Describe(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
            ? d.GetString()
            : null;

    /// <summary>
    /// The name a nested type would get: its parent's name and the property's, joined only when a type needs it. Most
    /// properties are primitives that get no name, so concatenating one per property was wasted work.
    /// </summary>
    private readonly record struct PendingName(string Prefix, string? Property)
    {
        public string Value => Property is null ? Prefix : Prefix + TypeNames.Pascal(Property);
    }
}
