namespace Reflekt.Demo;

/// <summary>How many synthetic events to load, over which period, for how many users (deterministic per seed).</summary>
public sealed record SyntheticEventOptions
{
    public int Events { get; init; } = 10_000;

    public int Days { get; init; } = 30;

    public int Users { get; init; } = 400;

    public int Seed { get; init; } = 42;

    /// <summary>Relative frequency per event name (e.g. a funnel); events not listed weigh 1 (pages 4).</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    /// <summary>The newest possible event time; fixed by default so test data is the same wherever it is generated
    /// (the demo project passes "now", see <see cref="DemoProject.DefaultEvents"/>).</summary>
    public DateTimeOffset End { get; init; } = new(2026, 1, 31, 0, 0, 0, TimeSpan.Zero);
}
