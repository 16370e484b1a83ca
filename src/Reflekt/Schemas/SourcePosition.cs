namespace Reflekt.Schemas;

/// <summary>A 1-based line and column in a source file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>No known position (line and column 0).</summary>
    public static SourcePosition Unknown => default;

    /// <summary>True when the position points into the file.</summary>
    public bool IsKnown => Line > 0;

    public override string ToString() => $"{Line}:{Column}";
}
