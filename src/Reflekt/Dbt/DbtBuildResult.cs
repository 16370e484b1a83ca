using Reflekt.Diagnostics;

namespace Reflekt.Dbt;

/// <summary>A built package, the warnings met on the way (missing tables), and the steps taken, for logging.</summary>
public sealed record DbtBuildResult(DbtPackage Package, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<string> Steps);
