using Reflekt.Reflection;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Reflection;

/// <summary>Small builders for observations used across the reflection tests.</summary>
internal static class ReflectionFacts
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public static ReflectedColumn Col(string name, string raw, int ordinal) =>
        new(name, raw, PostgresTypes.Instance.Normalize(raw), ordinal);

    public static TableReflection Seen(string table, params ReflectedColumn[] columns) =>
        new(table, true, columns, [new DayCount(new DateOnly(2026, 11, 1), 3)], T0.AddHours(-3), T0.AddHours(-1), null);
}
