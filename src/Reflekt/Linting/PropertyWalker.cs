using System.Text.Json;

namespace Reflekt.Linting;

/// <summary>
/// Finds every named property and every schema object of an event schema in document order: top level,
/// nested objects, array items (`items`, `prefixItems`), `additionalProperties` and `patternProperties` schemas,
/// composition branches and `$defs`/`definitions` (upstream only ever looked at the top level). Each schema
/// object's members are read once.
/// </summary>
internal sealed class PropertyWalker
{
    /// <summary>Deeper schemas are not walked; the parser already caps nesting, this keeps recursion bounded.</summary>
    private const int MaxDepth = 128;

    private readonly List<PropertyNode> _properties = [];
    private readonly List<SubSchema> _schemas = [];

    private PropertyWalker()
    {
    }

    /// <summary>Named properties at every depth, and every schema object visited, root first.</summary>
    public static (IReadOnlyList<PropertyNode> Properties, IReadOnlyList<SubSchema> Schemas) Walk(JsonElement root)
    {
        var walker = new PropertyWalker();
        walker.Visit(root, SchemaMembers.Read(root), "", disabled: false, isProperty: false, depth: 0);
        return (walker._properties, walker._schemas);
    }

    private void Visit(JsonElement schema, in SchemaMembers members, string pointer, bool disabled, bool isProperty, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return;
        }
        _schemas.Add(new SubSchema(pointer, schema, disabled, isProperty) { Keywords = members.Keywords, Types = members.Types });
        if (members.Properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in members.Properties.EnumerateObject())
            {
                var childPointer = $"{pointer}/properties/{JsonAccess.Escape(property.Name)}";
                var child = SchemaMembers.Read(property.Value);
                var childDisabled = disabled || child.LintOff;
                _properties.Add(new PropertyNode(property.Name, childPointer, property.Value, childDisabled) { Keywords = child.Keywords, Types = child.Types });
                Visit(property.Value, child, childPointer, childDisabled, isProperty: true, depth + 1);
            }
        }
        switch (members.Items.ValueKind)
        {
            case JsonValueKind.Object:
                VisitBranch(members.Items, pointer + "/items", disabled, depth);
                break;
            case JsonValueKind.Array:
                VisitBranches(members.Items, pointer + "/items", disabled, depth);
                break;
        }
        VisitBranches(members.PrefixItems, pointer + "/prefixItems", disabled, depth);
        if (members.AdditionalProperties.ValueKind == JsonValueKind.Object)
        {
            VisitBranch(members.AdditionalProperties, pointer + "/additionalProperties", disabled, depth);
        }
        VisitNamed(members.PatternProperties, pointer + "/patternProperties", disabled, depth);
        VisitBranches(members.AllOf, pointer + "/allOf", disabled, depth);
        VisitBranches(members.AnyOf, pointer + "/anyOf", disabled, depth);
        VisitBranches(members.OneOf, pointer + "/oneOf", disabled, depth);
        VisitNamed(members.Defs, pointer + "/$defs", disabled, depth);
        VisitNamed(members.Definitions, pointer + "/definitions", disabled, depth);
    }

    // Schemas under keys that are not property names (patterns, definition names): walked, not listed as properties.
    private void VisitNamed(JsonElement schemas, string pointer, bool disabled, int depth)
    {
        if (schemas.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var entry in schemas.EnumerateObject())
        {
            VisitBranch(entry.Value, $"{pointer}/{JsonAccess.Escape(entry.Name)}", disabled, depth);
        }
    }

    private void VisitBranch(JsonElement schema, string pointer, bool disabled, int depth) =>
        Visit(schema, SchemaMembers.Read(schema), pointer, disabled, isProperty: false, depth + 1);

    private void VisitBranches(JsonElement branches, string pointer, bool disabled, int depth)
    {
        if (branches.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        var index = 0;
        foreach (var branch in branches.EnumerateArray())
        {
            VisitBranch(branch, $"{pointer}/{index++}", disabled, depth);
        }
    }
}
