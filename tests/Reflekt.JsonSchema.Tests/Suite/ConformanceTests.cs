using System.Text.Json;

namespace Reflekt.JsonSchema.Tests.Suite;

/// <summary>Every case of the JSON-Schema-Test-Suite (draft7, 2019-09, 2020-12) as its own named test.</summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    public static IEnumerable<TheoryDataRow<string, string, int, int>> Cases()
    {
        var root = TestSuite.Root;
        if (root is null)
        {
            // SharedFixtures.Path in the test body skips (or fails under CI) with the reason.
            yield return new TheoryDataRow<string, string, int, int>("draft7", "type", 0, 0) { TestDisplayName = "json-schema-test-suite (fixtures missing)" };
            yield break;
        }

        foreach (var (name, draft, file, group, test) in Enumerate(root))
        {
            var row = new TheoryDataRow<string, string, int, int>(draft, file, group, test) { TestDisplayName = name };
            if (SkipList.All.TryGetValue(name, out var reason))
            {
                row.Skip = reason;
            }

            yield return row;
        }
    }

    internal static IEnumerable<(string Name, string Draft, string File, int Group, int Test)> Enumerate(string root)
    {
        foreach (var draft in TestSuite.Drafts)
        {
            foreach (var file in TestSuite.FilesOf(draft, root))
            {
                var groups = TestSuite.Load(draft, file);
                for (var g = 0; g < groups.GetArrayLength(); g++)
                {
                    var group = groups[g];
                    var tests = group.GetProperty("tests");
                    for (var t = 0; t < tests.GetArrayLength(); t++)
                    {
                        var name = $"{draft}/{file}/{group.GetProperty("description").GetString()}/{tests[t].GetProperty("description").GetString()}";
                        yield return (name, draft, file, g, t);
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string draft, string file, int group, int test)
    {
        var testCase = TestSuite.Load(draft, file)[group].GetProperty("tests")[test];
        var expected = testCase.GetProperty("valid").GetBoolean();
        var data = testCase.GetProperty("data");
        var schema = TestSuite.SchemaOf(draft, file, group);

        Assert.Equal(expected, schema.IsValid(data));
        var result = schema.Validate(data);
        Assert.Equal(expected, result.IsValid);
        Assert.Equal(expected, result.Errors.Count == 0);
        if (!expected)
        {
            output.WriteLine(JsonSerializer.Serialize(result.Errors));
        }
    }

    [Fact]
    public void Skip_list_names_only_existing_cases_and_reports_its_count()
    {
        var root = TestSuite.Root ?? Reflekt.Testing.SharedFixtures.Path("fixtures", "json-schema-test-suite");
        var names = Enumerate(root).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var stale = SkipList.All.Keys.Where(k => !names.Contains(k)).ToList();

        Assert.Empty(stale);
        output.WriteLine($"JSON-Schema-Test-Suite: {names.Count} cases, {SkipList.All.Count} skipped (see skipped.md)");
        TestContext.Current.SendDiagnosticMessage($"JSON-Schema-Test-Suite: {names.Count} cases, {SkipList.All.Count} skipped");
    }
}
