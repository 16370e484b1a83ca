using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;
using Reflekt.Json.Schema.Patterns;

namespace Reflekt.Json.Schema.Compilation;

/// <summary>
/// What a keyword handler sees while compiling one keyword: the enclosing schema object, its location,
/// helpers that check the value's shape (throwing <see cref="InvalidSchemaException"/> with the pointer),
/// and access to subschemas and references.
/// </summary>
internal readonly struct SchemaBuilder
{
    private readonly SchemaCompiler _compiler;
    private readonly SchemaDocument _document;
    private readonly string _schemaPointer;
    private readonly string _keyword;

    public SchemaBuilder(SchemaCompiler compiler, SchemaDocument document, string schemaPointer, JsonElement schema, SchemaResource resource)
        : this(compiler, document, schemaPointer, schema, resource, "")
    {
    }

    private SchemaBuilder(SchemaCompiler compiler, SchemaDocument document, string schemaPointer, JsonElement schema, SchemaResource resource, string keyword)
    {
        _compiler = compiler;
        _document = document;
        _schemaPointer = schemaPointer;
        _keyword = keyword;
        Schema = schema;
        Resource = resource;
    }

    /// <summary>The schema object holding the keyword (for sibling keywords such as <c>then</c> or <c>additionalItems</c>).</summary>
    public JsonElement Schema { get; }

    public SchemaResource Resource { get; }

    public Dialect Dialect => Resource.Dialect;

    public bool AssertFormat => _compiler.AssertFormat || Resource.Dialect.FormatAssertion;

    /// <summary>Where the keyword's value is, for error reports.</summary>
    public string Location => _document.Location(JsonPointer.Append(_schemaPointer, _keyword));

    public SchemaBuilder ForKeyword(string keyword) => new(_compiler, _document, _schemaPointer, Schema, Resource, keyword);

    public InvalidSchemaException Invalid(string message) => new(Location, message);

    /// <summary>The subschema at this keyword's value (optionally followed by a property name or index).</summary>
    public SchemaNode Subschema(JsonElement value) => SubschemaAt(value, JsonPointer.Append(_schemaPointer, _keyword));

    public SchemaNode Subschema(JsonElement value, string token) =>
        SubschemaAt(value, JsonPointer.Append(JsonPointer.Append(_schemaPointer, _keyword), token));

    public SchemaNode Subschema(JsonElement value, int index) =>
        SubschemaAt(value, JsonPointer.Append(JsonPointer.Append(_schemaPointer, _keyword), index));

    /// <summary>A sibling keyword's value compiled as a subschema (e.g. <c>then</c> next to <c>if</c>), or null when absent.</summary>
    public SchemaNode? Sibling(string keyword)
    {
        if (!Dialect.ByName.ContainsKey(keyword) || !Schema.TryGetProperty(keyword, out var value))
        {
            return null;
        }

        return SubschemaAt(value, JsonPointer.Append(_schemaPointer, keyword));
    }

    public SchemaNode Reference(string reference) => _compiler.ResolveReference(reference, Resource, Location);

    public (JsonElement Target, SchemaDocument Document, string Pointer) LocateReference(string reference) =>
        _compiler.LocateReference(reference, Resource, Location);

    public SchemaNode NodeAt(SchemaDocument document, string pointer, JsonElement element) => _compiler.NodeAt(document, pointer, element);

    public SchemaNode[] SchemaArray(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw Invalid(Messages.MustBeNonEmptySchemaArray(_keyword));
        }

        var nodes = new SchemaNode[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            nodes[i] = Subschema(item, i);
            i++;
        }

        return nodes;
    }

    public (string Name, byte[] Utf8, SchemaNode Node)[] SchemaMap(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(Messages.MustBeObject(_keyword));
        }

        var entries = new List<(string, byte[], SchemaNode)>();
        foreach (var member in value.EnumerateObject())
        {
            entries.Add((member.Name, Encoding.UTF8.GetBytes(member.Name), Subschema(member.Value, member.Name)));
        }

        return [.. entries];
    }

    public long NonNegativeInteger(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d >= 0 && d == decimal.Truncate(d) && d <= long.MaxValue)
        {
            return (long)d;
        }

        throw Invalid(Messages.MustBeNonNegativeInteger(_keyword));
    }

    public JsonNumber Number(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw Invalid(Messages.MustBeNumber(_keyword));
        }

        return JsonNumber.From(value);
    }

    public string String(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Invalid(Messages.MustBeString(_keyword));

    public bool Boolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Invalid(Messages.MustBeBoolean(_keyword)),
    };

    public string[] StringArray(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(Messages.MustBeStringArray(_keyword));
        }

        var result = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            result[i++] = item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Invalid(Messages.MustBeStringArray(_keyword));
        }

        // Every meta-schema declares these arrays (required, type, dependentRequired, dependencies) uniqueItems.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in result)
        {
            if (!seen.Add(item))
            {
                throw Invalid(Messages.DuplicateString(_keyword, item));
            }
        }

        return result;
    }

    public PatternMatcher Pattern(string pattern)
    {
        try
        {
            return EcmaRegex.Create(pattern);
        }
        catch (EcmaPatternException e)
        {
            throw Invalid(Messages.BadRegex(pattern, e.Offset, e.Reason));
        }
    }

    private SchemaNode SubschemaAt(JsonElement value, string pointer)
    {
        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            throw new InvalidSchemaException(_document.Location(pointer), Messages.SchemaMustBeObjectOrBoolean(value.ValueKind));
        }

        return _compiler.NodeAt(_document, pointer, value);
    }
}
