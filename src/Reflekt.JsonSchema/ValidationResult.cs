namespace Reflekt.Json.Schema;

/// <summary>The outcome of validating one instance: valid or the flat list of errors ("basic" output).</summary>
public sealed class ValidationResult
{
    internal static readonly ValidationResult Valid = new([]);

    /// <summary>A result with the given errors (none means valid).</summary>
    public ValidationResult(IReadOnlyList<ValidationError> errors)
    {
        Errors = errors;
    }

    /// <summary>True when the instance satisfies the schema.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every failed assertion, in evaluation order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}
