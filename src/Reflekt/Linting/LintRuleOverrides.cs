using Reflekt.Projects;
using Reflekt.Schemas;

namespace Reflekt.Linting;

/// <summary>Checks the project's <c>lint: rules:</c> against the rules that exist, so a misspelt id is not silently ignored.</summary>
public static class LintRuleOverrides
{
    /// <summary>Throws for the first overridden id that names no rule of <paramref name="rules"/>.</summary>
    /// <exception cref="ReflektException"><c>reflekt_project.yml:line:col: lint.rules.RK999: unknown rule RK999 (did you mean RK109?)</c>.</exception>
    public static void RequireKnown(ReflektProject project, IReadOnlyList<LintRule> rules)
    {
        var known = rules.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray();
        foreach (var id in project.Lint.Rules.Keys)
        {
            if (known.Contains(id, StringComparer.Ordinal))
            {
                continue;
            }

            var pointer = JsonPointer.Append(JsonPointer.Append("/lint", "rules"), id);
            var position = project.Positions.Find(pointer);
            var at = position.IsKnown ? $"{project.FilePath}:{position.Line}:{position.Column}" : project.FilePath;
            throw new ReflektException($"{at}: {JsonPointer.ToKeyPath(pointer)}: unknown rule {id} (did you mean {Nearest(id, known)}?)");
        }
    }

    // Fewest single-character edits; ties go to the lowest id, so the suggestion is stable.
    private static string Nearest(string id, IReadOnlyList<string> known) =>
        known.MinBy(candidate => Distance(id, candidate))!;

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
