using System.Text.Json;
using Reflekt.Json.Schema;

namespace Reflekt.JsonSchema.Tests.Evaluation;

/// <summary>
/// The yes/no path's shortcuts (kind dispatch with type folded in, small-number bounds, enum/const strings by bytes)
/// give the same verdict as the full evaluation that Validate runs, on the edges where a shortcut could go wrong.
/// </summary>
public sealed class YesNoPathTests
{
    [Theory]
    [InlineData("""{"minimum": 19.99}""", "19.99", true)]
    [InlineData("""{"minimum": 19.99}""", "19.990", true)]
    [InlineData("""{"minimum": 19.99}""", "19.989999999999999", false)]
    [InlineData("""{"minimum": 19.99}""", "19.9900000000000000001", true)]
    [InlineData("""{"minimum": 19.99}""", "19.9899999999999999999", false)]
    [InlineData("""{"minimum": 0}""", "-0", true)]
    [InlineData("""{"minimum": 0}""", "-0.0000000000000001", false)]
    [InlineData("""{"minimum": -5.5}""", "-5.50", true)]
    [InlineData("""{"minimum": -5.5}""", "-5.51", false)]
    [InlineData("""{"maximum": 999999999999999999}""", "999999999999999999", true)]
    [InlineData("""{"maximum": 999999999999999999}""", "1000000000000000000", false)]
    [InlineData("""{"exclusiveMaximum": 0.3}""", "0.299999999999999999", true)]
    [InlineData("""{"exclusiveMaximum": 0.3}""", "0.3", false)]
    [InlineData("""{"exclusiveMinimum": 1e-400}""", "0.000000000000000001", true)]
    [InlineData("""{"minimum": 1}""", "1e0", true)]
    [InlineData("""{"type": "integer", "minimum": 1}""", "1.0", true)]
    [InlineData("""{"type": "integer"}""", "1.5", false)]
    [InlineData("""{"type": ["integer", "string"]}""", "\"a\"", true)]
    [InlineData("""{"type": "number", "minLength": 3}""", "1", true)]
    [InlineData("""{"type": "string", "minimum": 3}""", "1", false)]
    [InlineData("""{"minLength": 3}""", "true", true)]
    [InlineData("""{"enum": ["USD", "EUR", 1, null]}""", "\"\\u0055SD\"", true)]
    [InlineData("""{"enum": ["USD", "EUR", 1, null]}""", "\"US\"", false)]
    [InlineData("""{"enum": ["USD", "EUR", 1, null]}""", "1.0", true)]
    [InlineData("""{"enum": ["USD", "EUR", 1, null]}""", "null", true)]
    [InlineData("""{"enum": ["USD", "EUR", 1, null]}""", "[\"USD\"]", false)]
    [InlineData("""{"enum": ["é", "😀"]}""", "\"\\ud83d\\ude00\"", true)]
    [InlineData("""{"const": "track"}""", "\"tr\\u0061ck\"", true)]
    [InlineData("""{"const": "track"}""", "\"Track\"", false)]
    [InlineData("""{"const": "1"}""", "1", false)]
    public void The_yes_no_verdict_matches_the_full_evaluation(string schemaJson, string instanceJson, bool expected)
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile(schemaJson);
        using var instance = JsonDocument.Parse(instanceJson);

        Assert.Equal(expected, schema.IsValid(instance.RootElement));
        Assert.Equal(expected, schema.Validate(instance.RootElement).IsValid);
    }
}
