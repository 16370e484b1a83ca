namespace Reflekt.Reflection;

/// <summary>A column whose normalised type changed between two revisions (raw types shown).</summary>
public sealed record TypeChange(string Column, string From, string To);
