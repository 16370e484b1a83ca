namespace Reflekt.Schemas.Evolution;

/// <summary>A file git reports as deleted (<paramref name="NewPath"/> null) or renamed since a ref; full paths.</summary>
public sealed record GitFileChange(string OldPath, string? NewPath);
