namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>additionalItems</c>: compared as a sub-schema; absent accepts everything.</summary>
internal sealed class AdditionalItemsComparer() : SubschemaComparer("additionalItems");
