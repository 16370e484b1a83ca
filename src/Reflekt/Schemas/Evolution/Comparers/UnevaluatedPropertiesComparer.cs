namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>unevaluatedProperties</c>: compared as a sub-schema; absent accepts everything.</summary>
internal sealed class UnevaluatedPropertiesComparer() : SubschemaComparer("unevaluatedProperties");
