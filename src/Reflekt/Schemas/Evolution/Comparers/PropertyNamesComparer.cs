namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>propertyNames</c>: compared as a sub-schema; absent accepts everything.</summary>
internal sealed class PropertyNamesComparer() : SubschemaComparer("propertyNames");
