namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>format</c>: Reflekt asserts formats, so adding or changing one may reject values.</summary>
internal sealed class FormatComparer() : TextConstraintComparer("format", SchemaChangeKind.FormatAdded, SchemaChangeKind.FormatChanged, SchemaChangeKind.FormatRemoved);
