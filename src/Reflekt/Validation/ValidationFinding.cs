namespace Reflekt.Validation;

/// <summary>One reason a document is invalid: where in the document, which schema keyword, and a message.</summary>
public sealed record ValidationFinding(string InstanceLocation, string KeywordLocation, string Message);
