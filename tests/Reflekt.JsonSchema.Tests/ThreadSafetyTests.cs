using System.Text.Json;

namespace Reflekt.JsonSchema.Tests;

public sealed class ThreadSafetyTests
{
    [Fact]
    public void One_validator_gives_the_same_answers_on_many_threads()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""
            {"$schema":"https://json-schema.org/draft/2020-12/schema",
             "$defs":{"node":{"$dynamicAnchor":"node","type":"object","properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$dynamicRef":"#node"}}},"unevaluatedProperties":false}},
             "$ref":"#/$defs/node"}
            """);
        var valid = JsonDocument.Parse("""{"name":"root","children":[{"children":[]},{"children":[{"children":[]}]}]}""").RootElement;
        var invalid = JsonDocument.Parse("""{"name":"root","children":[{"children":[{"extra":1}]}]}""").RootElement;
        var expectedErrors = schema.Validate(invalid).Errors;
        Assert.Equal("/children/0/children/0", Assert.Single(expectedErrors).InstanceLocation);

        var failures = 0;
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var ok = i % 2 == 0
                ? schema.IsValid(valid) && schema.Validate(valid).IsValid
                : !schema.IsValid(invalid) && schema.Validate(invalid).Errors.SequenceEqual(expectedErrors);
            if (!ok)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }
}
