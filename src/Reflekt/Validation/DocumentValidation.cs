using Reflekt.Diagnostics;

namespace Reflekt.Validation;

/// <summary>
/// The verdict for one document of a `reflekt validate` input: its 1-based <paramref name="Number"/> in the stream and
/// the 1-based <paramref name="Line"/> it starts on, both counted the way an editor counts them.
/// </summary>
public sealed record DocumentValidation(int Number, int Line, bool Valid, IReadOnlyList<Diagnostic> Errors);
