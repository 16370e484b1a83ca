namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>maxContains</c>, a upper bound: lowering or adding it rejects values.</summary>
internal sealed class MaxContainsComparer() : BoundComparer("maxContains", tightensWhenLarger: false);
