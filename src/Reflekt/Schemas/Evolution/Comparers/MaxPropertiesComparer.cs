namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>maxProperties</c>, a upper bound: lowering or adding it rejects values.</summary>
internal sealed class MaxPropertiesComparer() : BoundComparer("maxProperties", tightensWhenLarger: false);
