using Reflekt.Diagnostics;
using Reflekt.Schemas.Naming;

namespace Reflekt.Linting.Rules;

/// <summary>RK116: two properties that flatten and snake-case to the same warehouse column (e.g. `userId` and `user_id`).</summary>
/// <remarks>Column names come from the one naming authority (<see cref="WarehouseNaming"/>), the same the dbt build uses.</remarks>
public sealed class ColumnCollisionRule(WarehouseNaming naming) : LintRule
{
    public ColumnCollisionRule()
        : this(WarehouseNaming.Segment)
    {
    }

    public override string Id => "RK116";

    public override string Name => "column-collision";

    public override Severity DefaultSeverity => Severity.Error;

    public override IEnumerable<Diagnostic> Check(LintedSchema schema, LintContext context)
    {
        var collisions = naming.FindCollisions(schema.Root);
        if (collisions.Count == 0)
        {
            yield break;
        }
        var disabled = schema.Properties.Where(p => p.LintDisabled).Select(p => p.Pointer).ToHashSet(StringComparer.Ordinal);
        foreach (var collision in collisions)
        {
            var first = collision.Properties[0];
            foreach (var other in collision.Properties.Skip(1))
            {
                if (!disabled.Contains(other.Pointer))
                {
                    yield return schema.At(this, other.Pointer, Messages.ColumnCollision(other.DottedPath, first.DottedPath, collision.ColumnName, schema.FilePath));
                }
            }
        }
    }
}
