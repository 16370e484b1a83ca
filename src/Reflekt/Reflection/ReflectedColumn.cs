using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection;

/// <summary>One warehouse column as reflected: name, the type the warehouse reports, its normalised type.</summary>
/// <param name="Name">Column name as the warehouse reports it.</param>
/// <param name="RawType">Type as the warehouse reports it.</param>
/// <param name="NormalizedType">Type family used for drift and revisions.</param>
/// <param name="Ordinal">1-based position in the table.</param>
public sealed record ReflectedColumn(string Name, string RawType, NormalizedType NormalizedType, int Ordinal);
