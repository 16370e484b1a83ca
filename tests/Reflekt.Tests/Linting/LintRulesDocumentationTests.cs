using Reflekt.Linting;
using Reflekt.Testing;

namespace Reflekt.Tests.Linting;

public sealed class LintRulesDocumentationTests
{
    [Fact]
    public void Every_rule_has_a_page_with_a_failing_and_a_passing_example()
    {
        var doc = File.ReadAllText(Path.Combine(SharedFixtures.RepositoryRoot, "docs", "lint-rules.md"));
        var ids = LintRuleSet.Default().Select(r => r.Id).Append(Linter.InvalidJsonRuleId);
        foreach (var id in ids)
        {
            var start = doc.IndexOf($"\n## {id}\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/lint-rules.md has no section for {id}");
            var end = doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var section = end < 0 ? doc[start..] : doc[start..end];
            Assert.Contains("Fails:", section);
            Assert.Contains("Passes", section);
        }
    }
}
