namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>maxItems</c>, a upper bound: lowering or adding it rejects values.</summary>
internal sealed class MaxItemsComparer() : BoundComparer("maxItems", tightensWhenLarger: false);
