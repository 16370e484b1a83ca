namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>exclusiveMinimum</c>, a lower bound: raising or adding it rejects values.</summary>
internal sealed class ExclusiveMinimumComparer() : BoundComparer("exclusiveMinimum", tightensWhenLarger: true);
