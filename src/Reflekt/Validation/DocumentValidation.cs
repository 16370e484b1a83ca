namespace Reflekt.Validation;

/// <summary>The verdict for one document of a `reflekt validate` input (its 0-based index in the stream).</summary>
public sealed record DocumentValidation(int Index, bool Valid, IReadOnlyList<ValidationFinding> Errors);

/// <summary>One reason a document is invalid: where in the document, which schema keyword, and a message.</summary>
public sealed record ValidationFinding(string InstanceLocation, string KeywordLocation, string Message);
