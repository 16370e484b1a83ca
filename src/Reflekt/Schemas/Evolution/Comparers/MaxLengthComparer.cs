namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>maxLength</c>, a upper bound: lowering or adding it rejects values.</summary>
internal sealed class MaxLengthComparer() : BoundComparer("maxLength", tightensWhenLarger: false);
