namespace Reflekt.Reflection;

/// <summary>Rows received on one UTC day (by <c>received_at</c>).</summary>
public sealed record DayCount(DateOnly Day, long Rows);
