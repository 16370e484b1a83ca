using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Json.Schema;
using Reflekt.Testing;
using Reflekt.Testing.Node;

namespace Reflekt.JsonSchema.Tests.Differential;

/// <summary>
/// 10,000 seeded schema/instance pairs (2020-12, formats asserted) through this engine and through ajv 8
/// (tests/ajv-peer, installed from its package-lock.json by .ci/node-packages). Every disagreement must be one
/// of <see cref="KnownAjvDifferences"/>, each an ajv bug against a named spec section.
/// </summary>
public sealed class AjvDifferentialTests(ITestOutputHelper output)
{
    private const int Seed = 20261202;
    private const int Pairs = 10_000;

    [Fact]
    public void Every_disagreement_with_ajv_is_a_documented_ajv_bug()
    {
        var modules = Path.Combine(NodePackages.Require("tests/ajv-peer"), "node_modules");
        var generator = new PairGenerator(Seed);
        var pairs = Enumerable.Range(0, Pairs).Select(_ => generator.Next()).ToList();

        var clock = Stopwatch.StartNew();
        var ajv = RunAjv(modules, pairs);
        output.WriteLine($"ajv: {clock.ElapsedMilliseconds} ms for {pairs.Count} pairs");
        clock.Restart();
        var unexplained = new List<string>();
        var explained = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (schema, instance) = pairs[i];
            var ours = Verdict(schema, instance);
            if (ours == ajv[i] || (ours == "invalid schema" && ajv[i].StartsWith("invalid schema", StringComparison.Ordinal)))
            {
                continue;
            }

            var line = $"#{i} ours={ours} ajv={ajv[i]} schema={schema.ToJsonString()} instance={instance?.ToJsonString() ?? "null"}";
            if (KnownAjvDifferences.Explain(schema, instance, ajv[i]) is { } known)
            {
                explained[known.Id] = explained.GetValueOrDefault(known.Id) + 1;
                output.WriteLine($"{known.Id}: {line}");
            }
            else
            {
                unexplained.Add(line);
            }
        }

        output.WriteLine($"Reflekt.JsonSchema: {clock.ElapsedMilliseconds} ms for {pairs.Count} pairs");
        foreach (var (id, count) in explained)
        {
            output.WriteLine($"{count} disagreement(s): {id}");
        }

        Assert.True(unexplained.Count == 0, $"{unexplained.Count} unexplained disagreement(s) with ajv:\n{string.Join('\n', unexplained.Take(200))}");
    }

    private static string Verdict(JsonNode schema, JsonNode? instance)
    {
        Reflekt.Json.Schema.JsonSchema compiled;
        try
        {
            compiled = Reflekt.Json.Schema.JsonSchema.Compile(schema.ToJsonString(), new CompileOptions { AssertFormat = true });
        }
        catch (InvalidSchemaException)
        {
            return "invalid schema";
        }

        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        return compiled.IsValid(document.RootElement) ? "valid" : "invalid";
    }

    private static List<string> RunAjv(string modules, List<(JsonNode Schema, JsonNode? Instance)> pairs)
    {
        var script = Path.Combine(SharedFixtures.RepositoryRoot, "tests", "ajv-peer", "verdicts.cjs");
        var start = new ProcessStartInfo(NodePackages.NodeExecutable, script)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            Environment = { ["NODE_PATH"] = modules },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        foreach (var (schema, instance) in pairs)
        {
            var line = new JsonObject { ["schema"] = schema.DeepClone(), ["instance"] = instance?.DeepClone() };
            process.StandardInput.WriteLine(line.ToJsonString());
        }

        process.StandardInput.Close();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"ajv peer failed: {stderr.Result}");
        var verdicts = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!)
            .Select(v => v["invalidSchema"] is { } error ? "invalid schema: " + error.GetValue<string>() : v["valid"]!.GetValue<bool>() ? "valid" : "invalid")
            .ToList();
        Assert.Equal(pairs.Count, verdicts.Count);
        return verdicts;
    }
}
