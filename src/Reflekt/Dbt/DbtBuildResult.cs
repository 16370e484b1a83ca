using Reflekt.Diagnostics;

namespace Reflekt.Dbt;

/// <summary>A built package, the warnings met on the way (missing tables), and the steps taken, for logging.</summary>
public sealed record DbtBuildResult(DbtPackage Package, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<string> Steps)
{
    /// <summary>The models this build wrote, by path.</summary>
    public IReadOnlyList<DbtModelSummary> Models { get; init; } = [];

    /// <summary>Generated files of the previous package that this build removed (schema deleted, docs folder moved).</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>Files a person edited that this build would overwrite or remove; written only when forced.</summary>
    public IReadOnlyList<string> Edited { get; init; } = [];

    /// <summary>All data tests of the models written.</summary>
    public int TestCount => Models.Sum(m => m.Tests);
}

/// <summary>One model a build wrote: its name, SQL file (package-relative) and number of data tests.</summary>
public sealed record DbtModelSummary(string Name, string Path, int Tests);
