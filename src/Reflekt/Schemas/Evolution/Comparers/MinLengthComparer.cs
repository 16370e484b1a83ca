namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>minLength</c>, a lower bound: raising or adding it rejects values.</summary>
internal sealed class MinLengthComparer() : BoundComparer("minLength", tightensWhenLarger: true);
