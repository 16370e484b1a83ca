namespace Reflekt.Reflection;

/// <summary>One entry of a table's revision history: what changed in its column set, or its presence.</summary>
/// <param name="Revision">The revision this change created.</param>
/// <param name="At">When it was observed.</param>
/// <param name="Added">Columns that appeared.</param>
/// <param name="Removed">Columns that disappeared.</param>
/// <param name="TypeChanges">Columns whose normalised type changed.</param>
/// <param name="MissingTable">True when this revision records the table vanishing, false when it came back,
/// null when presence did not change.</param>
public sealed record ReflectionChange(
    int Revision,
    DateTimeOffset At,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<TypeChange> TypeChanges,
    bool? MissingTable);
