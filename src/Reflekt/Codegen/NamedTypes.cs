using Reflekt.Codegen.Shapes;

namespace Reflekt.Codegen;

/// <summary>
/// Every named type (object or enum) a plan needs, each once, in the order a reader meets them: an event's payload
/// type, then its nested types depth-first, event by event.
/// </summary>
public static class NamedTypes
{
    /// <summary>The named types of the plan.</summary>
    /// <exception cref="ReflektException">Two different types would get the same name (two events' names collide).</exception>
    public static IReadOnlyList<TypeShape> Of(TrackingPlan plan)
    {
        var seen = new Dictionary<string, (TypeShape Shape, PlannedEvent Event)>(StringComparer.Ordinal);
        var ordered = new List<TypeShape>();
        foreach (var planned in plan.Events)
        {
            Visit(planned.Payload, planned);
        }

        return ordered;

        void Visit(TypeShape shape, PlannedEvent planned)
        {
            switch (shape)
            {
                case ObjectShape o:
                    if (Add(o.TypeName, o.Nullable ? o with { Nullable = false } : o, planned))
                    {
                        foreach (var property in o.Properties)
                        {
                            Visit(property.Shape, planned);
                        }
                    }

                    break;
                case EnumShape e:
                    Add(e.TypeName, e.Nullable ? e with { Nullable = false } : e, planned);
                    break;
                case ArrayShape a:
                    Visit(a.Items, planned);
                    break;
                case MapShape m:
                    Visit(m.Values, planned);
                    break;
            }
        }

        bool Add(string name, TypeShape shape, PlannedEvent planned)
        {
            if (seen.TryGetValue(name, out var existing))
            {
                if (!ShapeEquality.SameType(existing.Shape, shape))
                {
                    throw new ReflektException(
                        $"{planned.Schema.Path}: cannot generate code: type {name} is also a different type of {existing.Event.Schema.Path}; rename a property or an event");
                }

                return false;
            }

            seen[name] = (shape, planned);
            ordered.Add(shape);
            return true;
        }
    }
}
