namespace Reflekt.Validation;

/// <summary>The verdict for one document of a `reflekt validate` input (its 0-based index in the stream).</summary>
public sealed record DocumentValidation(int Index, bool Valid, IReadOnlyList<ValidationFinding> Errors);
