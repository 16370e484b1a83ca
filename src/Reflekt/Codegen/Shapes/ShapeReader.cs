using System.Text.Json;

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
        return reader.Read(schema, typeName) as ObjectShape ?? new ObjectShape(typeName, []);
    }

    private TypeShape Read(JsonElement schema, string typeName)
    {
        if (schema.ValueKind == JsonValueKind.True || schema.ValueKind != JsonValueKind.Object)
        {
            return new AnyShape();
        }

        if (schema.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            return ReadReference(reference.GetString()!, typeName, Describe(schema));
        }

        var description = Describe(schema);
        var (types, nullable) = TypesOf(schema);

        if (EnumValues(schema) is { } values)
        {
            var strings = values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray();
            var hasNull = values.Any(v => v.ValueKind == JsonValueKind.Null);
            if (strings.Length > 0 && strings.Length + (hasNull ? 1 : 0) == values.Count)
            {
                return Named(new EnumShape(typeName, strings.Distinct(StringComparer.Ordinal).ToArray())
                    { Nullable = nullable || hasNull, Description = description });
            }
        }

        if (types.Count == 0 && NullableBranch(schema) is { } branch)
        {
            return Read(branch, typeName) with { Nullable = true, Description = description ?? Describe(branch) };
        }

        if (types.Count == 0 && schema.TryGetProperty("allOf", out var allOf) && allOf.ValueKind == JsonValueKind.Array
            && allOf.GetArrayLength() == 1)
        {
            return Read(allOf[0], typeName) with { Nullable = nullable, Description = description };
        }

        var type = types.Count switch
        {
            1 => types[0],
            0 when schema.TryGetProperty("properties", out _) => "object",
            0 when schema.TryGetProperty("items", out _) => "array",
            _ => null,
        };

        TypeShape shape = type switch
        {
            "string" => new PrimitiveShape(PrimitiveKind.String, FormatOf(schema)),
            "number" => new PrimitiveShape(PrimitiveKind.Number),
            "integer" => new PrimitiveShape(PrimitiveKind.Integer),
            "boolean" => new PrimitiveShape(PrimitiveKind.Boolean),
            "object" => ReadObject(schema, typeName),
            "array" => new ArrayShape(schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object
                ? Read(items, typeName + "Item")
                : new AnyShape()),
            _ => new AnyShape(),
        };
        return shape is ObjectShape or EnumShape
            ? Named(shape with { Nullable = nullable, Description = description })
            : shape with { Nullable = nullable, Description = description };
    }

    private TypeShape ReadObject(JsonElement schema, string typeName)
    {
        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            var values = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object
                ? Read(additional, typeName + "Value")
                : new AnyShape();
            return new MapShape(values);
        }

        var required = schema.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        var shapes = properties.EnumerateObject()
            .Select(p => new PropertyShape(p.Name, required.Contains(p.Name), Read(p.Value, typeName + TypeNames.Pascal(p.Name))))
            .ToArray();
        return new ObjectShape(typeName, shapes);
    }

    private TypeShape ReadReference(string reference, string typeName, string? description)
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
            ? _rootName + TypeNames.Pascal(lastSegment)
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

    private static (List<string> Types, bool Nullable) TypesOf(JsonElement schema)
    {
        var types = new List<string>();
        if (schema.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                types.Add(type.GetString()!);
            }
            else if (type.ValueKind == JsonValueKind.Array)
            {
                types.AddRange(type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));
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

    private static List<JsonElement>? EnumValues(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
        {
            return values.EnumerateArray().ToList();
        }

        return schema.TryGetProperty("const", out var constant) ? [constant] : null;
    }

    // anyOf / oneOf of exactly one schema and {"type": "null"}: the schema, nullable.
    private static JsonElement? NullableBranch(JsonElement schema)
    {
        foreach (var keyword in (ReadOnlySpan<string>)["anyOf", "oneOf"])
        {
            if (schema.TryGetProperty(keyword, out var branches) && branches.ValueKind == JsonValueKind.Array && branches.GetArrayLength() == 2)
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

    private static string? FormatOf(JsonElement schema) =>
        schema.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String ? format.GetString() : null;

    private static string? Describe(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
            ? d.GetString()
            : null;
}
