namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>unevaluatedItems</c>: compared as a sub-schema; absent accepts everything.</summary>
internal sealed class UnevaluatedItemsComparer() : SubschemaComparer("unevaluatedItems");
