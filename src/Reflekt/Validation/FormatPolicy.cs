namespace Reflekt.Validation;

/// <summary>
/// Whether an event schema's <c>format</c> (<c>date-time</c>, <c>email</c>, <c>uuid</c>…) is checked. One default for
/// <c>reflekt validate</c> and <c>reflekt serve</c> — assert, since users expect a <c>date-time</c> to be one — so both
/// give the same verdict on the same event; <c>--formats annotate</c> turns the checks off in either.
/// </summary>
public enum FormatPolicy
{
    /// <summary>A value that is not of its format is invalid (the default).</summary>
    Assert,

    /// <summary><c>format</c> only annotates, as JSON Schema drafts 2019-09 and later say by default.</summary>
    Annotate,
}

/// <summary>The command-line names of <see cref="FormatPolicy"/> (<c>--formats assert|annotate</c>).</summary>
public static class FormatPolicies
{
    /// <summary>The accepted names, in help order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["assert", "annotate"];

    /// <exception cref="ReflektException">Not one of <see cref="Names"/>.</exception>
    public static FormatPolicy Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "assert" => FormatPolicy.Assert,
        "annotate" => FormatPolicy.Annotate,
        _ => throw new ReflektException($"--formats: expected assert or annotate, got \"{text}\""),
    };
}
