namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>minProperties</c>, a lower bound: raising or adding it rejects values.</summary>
internal sealed class MinPropertiesComparer() : BoundComparer("minProperties", tightensWhenLarger: true);
