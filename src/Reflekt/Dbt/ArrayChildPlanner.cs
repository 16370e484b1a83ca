using System.Text.Json;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Dbt;

/// <summary>
/// Which schema properties get a child model, and its columns: an array whose <c>items</c> is an object schema with
/// properties, loaded as one JSON-text column of a table whose rows carry a message id. Element fields are named by the
/// loader's flattening rule (<c>dimensions.width</c> → <c>dimensions_width</c>) and typed from the items schema.
/// </summary>
internal static class ArrayChildPlanner
{
    /// <summary>The child's index column: the element's 0-based position in the array.</summary>
    public const string IndexAlias = "element_index";

    /// <summary>The object schema of an array property's items, or null when the items are no object with properties.</summary>
    public static JsonElement? ItemsObject(FlattenedProperty property) =>
        property.Types is ["array"]
        && property.Schema.TryGetProperty("items"u8, out var items)
        && items.ValueKind == JsonValueKind.Object
        && items.TryGetProperty("properties"u8, out var properties)
        && properties.ValueKind == JsonValueKind.Object
            ? items
            : null;

    /// <summary>
    /// The child of <paramref name="parent"/> for the array in raw column <paramref name="arrayColumn"/>; the parent id
    /// column is the parent's <c>event_id</c> (read from raw <paramref name="idColumn"/>).
    /// </summary>
    public static ArrayChildModel Plan(
        StagingModel parent,
        string name,
        FlattenedProperty array,
        JsonElement items,
        string idColumn,
        string arrayColumn,
        WarehouseNaming naming,
        SqlDialect dialect,
        DbtSpelling spelling)
    {
        var parentId = parent.Columns.First(c => c.SourceColumn == idColumn);
        var columns = new List<ModelColumn>
        {
            new(parentId.Alias, idColumn, null, null, $"The {parentId.Alias} of the {parent.Name} row this element belongs to.",
                [SchemaDataTests.NotNull], parentId.DataType),
            new(IndexAlias, null, null, null, $"The element's 0-based position in '{array.DottedPath}'.",
                [SchemaDataTests.NotNull], dialect.IntegerType),
        };
        var taken = new HashSet<string>(StringComparer.Ordinal) { parentId.Alias, IndexAlias };
        var fields = new List<ElementField>();
        foreach (var leaf in naming.Flatten(items).Where(l => l.ColumnName.Length > 0))
        {
            // A field of several or no declared types is kept as the text the element holds.
            var jsonType = leaf.Types.Count == 1 && dialect.TypeForJsonSchema(leaf.Types[0]) is not null ? leaf.Types[0] : "string";
            var type = dialect.TypeForJsonSchema(jsonType, leaf.Format)!;
            var alias = leaf.ColumnName;
            while (!taken.Add(alias))
            {
                alias = "_" + alias;
            }

            columns.Add(new ModelColumn(alias, null, null, type, leaf.Description ?? "", SchemaDataTests.For(items, leaf, spelling), type,
                IsJson: jsonType is "object" or "array"));
            fields.Add(new ElementField(leaf.Path, jsonType, type));
        }

        var description = $"One row per element of '{array.DottedPath}' in {parent.Name}." +
            (array.Description is { Length: > 0 } d ? " " + d : "");
        // An incremental child would need a merge key of two columns; it is rebuilt as a table instead (docs/dbt.md).
        var model = parent with
        {
            Name = name,
            Description = description,
            Columns = columns,
            Incremental = parent.Incremental is null ? null : IncrementalPlan.FullRebuild,
        };
        return new ArrayChildModel(model, idColumn, arrayColumn, fields);
    }
}
