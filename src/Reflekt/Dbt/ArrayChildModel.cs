namespace Reflekt.Dbt;

/// <summary>
/// The child model of an array of objects: one row per element, keyed by the parent's message id and the element's
/// position. <see cref="Model"/> carries the parent's rows (filter, deduplication) and the output columns for the docs;
/// the first two columns are the parent id and the index, then one per element field, in <see cref="Fields"/> order.
/// </summary>
/// <param name="Model">The child as a staging model: name, description, meta, rows read, output columns.</param>
/// <param name="IdColumn">The raw message-id column (becomes <c>event_id</c>).</param>
/// <param name="ArrayColumn">The raw column holding the array's JSON text.</param>
/// <param name="Fields">Where each element column is read from, aligned with <c>Model.Columns[2..]</c>.</param>
internal sealed record ArrayChildModel(StagingModel Model, string IdColumn, string ArrayColumn, IReadOnlyList<ElementField> Fields);

/// <summary>One property of an array element: its path inside the element, JSON Schema type and warehouse type.</summary>
internal sealed record ElementField(IReadOnlyList<string> Path, string JsonType, string Type);
