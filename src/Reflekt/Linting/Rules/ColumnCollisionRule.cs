using Reflekt.Diagnostics;
using Reflekt.Linting.Columns;

namespace Reflekt.Linting.Rules;

/// <summary>RK116: two properties that flatten and snake-case to the same warehouse column (e.g. `userId` and `user_id`).</summary>
public sealed class ColumnCollisionRule(IColumnNaming naming) : LintRule
{
    public ColumnCollisionRule()
        : this(new SegmentColumnNaming())
    {
    }

    public override string Id => "RK116";

    public override string Name => "column-collision";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        var seen = new Dictionary<string, PropertyNode>(StringComparer.Ordinal);
        foreach (var property in schema.Properties)
        {
            if (property.ColumnPath is not { } path || property.IsFlattenedObject)
            {
                continue;
            }
            var column = naming.Column(path);
            if (column.Length == 0)
            {
                continue;
            }
            if (seen.TryGetValue(column, out var first))
            {
                if (!property.LintDisabled)
                {
                    yield return schema.At(this, property.Pointer, Messages.ColumnCollision(property.DisplayName, first.DisplayName, column, schema.Document.Path));
                }
            }
            else
            {
                seen.Add(column, property);
            }
        }
    }
}
