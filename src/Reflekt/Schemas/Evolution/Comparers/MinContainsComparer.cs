namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>minContains</c>, a lower bound: raising or adding it rejects values.</summary>
internal sealed class MinContainsComparer() : BoundComparer("minContains", tightensWhenLarger: true);
