namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>exclusiveMaximum</c>, a upper bound: lowering or adding it rejects values.</summary>
internal sealed class ExclusiveMaximumComparer() : BoundComparer("exclusiveMaximum", tightensWhenLarger: false);
