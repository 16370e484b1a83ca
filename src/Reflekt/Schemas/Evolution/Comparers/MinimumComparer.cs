namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>minimum</c>, a lower bound: raising or adding it rejects values.</summary>
internal sealed class MinimumComparer() : BoundComparer("minimum", tightensWhenLarger: true);
