namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>minItems</c>, a lower bound: raising or adding it rejects values.</summary>
internal sealed class MinItemsComparer() : BoundComparer("minItems", tightensWhenLarger: true);
