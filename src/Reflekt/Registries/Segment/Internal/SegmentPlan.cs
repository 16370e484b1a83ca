namespace Reflekt.Registries.Segment.Internal;

/// <summary>A tracking plan as listed by the Public API (TrackingPlanV1: id and name are what we use).</summary>
internal sealed record SegmentPlan(string Id, string? Name, string? Type);
