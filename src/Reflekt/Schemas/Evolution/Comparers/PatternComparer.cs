namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>pattern</c>: regex languages are not compared, so any added or changed pattern counts as breaking.</summary>
internal sealed class PatternComparer() : TextConstraintComparer("pattern", SchemaChangeKind.PatternAdded, SchemaChangeKind.PatternChanged, SchemaChangeKind.PatternRemoved);
