namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>maximum</c>, a upper bound: lowering or adding it rejects values.</summary>
internal sealed class MaximumComparer() : BoundComparer("maximum", tightensWhenLarger: false);
