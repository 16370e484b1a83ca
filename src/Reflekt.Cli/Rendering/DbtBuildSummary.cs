using Reflekt.Dbt;

namespace Reflekt.Cli.Rendering;

/// <summary>What a build says it built, in one line: <c>N models, M tests, K warnings</c> (always this wording, for scripts).</summary>
internal static class DbtBuildSummary
{
    public static string Line(DbtBuildResult result) =>
        $"{result.Models.Count} models, {result.TestCount} tests, {result.Warnings.Count} warnings";
}
