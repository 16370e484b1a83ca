namespace Reflekt.Reflection;

/// <summary>Whether a reflection run covers every schema of the project, and so may judge tables no schema describes.</summary>
/// <remarks>
/// A table is untracked (RF005) only against the whole catalog: judged against a partial selection, the
/// tables of the schemas left out would be called untracked and their stored history overwritten.
/// </remarks>
public enum ReflectionScope
{
    /// <summary>Only the target tables are reflected and stored; other tables are neither read nor written.</summary>
    SelectedTables,

    /// <summary>The targets are every schema's tables: other event tables are recorded and reported as unclaimed.</summary>
    WholeSource,
}
