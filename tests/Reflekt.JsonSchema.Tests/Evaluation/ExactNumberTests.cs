using System.Text.Json;

namespace Reflekt.JsonSchema.Tests.Evaluation;

/// <summary>multipleOf, the bounds and enum/const are exact for any JSON number, not only those a decimal holds.</summary>
public sealed class ExactNumberTests
{
    private static bool IsValid(string schema, string instance) =>
        Reflekt.Json.Schema.JsonSchema.Compile(schema).IsValid(JsonDocument.Parse(instance).RootElement);

    [Theory]
    [InlineData("3", "1e30", false)]
    [InlineData("7", "1e30", false)]
    [InlineData("5", "1e30", true)]
    [InlineData("2", "1e400", true)]
    [InlineData("3", "1e400", false)]
    [InlineData("0.5", "1e308", true)]
    [InlineData("0.1", "1e-400", false)]
    [InlineData("1e-400", "3e-400", true)]
    [InlineData("1e-400", "3.5e-400", false)]
    [InlineData("0.0001", "0.0075", true)]
    [InlineData("0.01", "19.99", true)]
    [InlineData("0.01", "19.999", false)]
    [InlineData("3", "123456789012345678901234567890123", true)]
    [InlineData("3", "123456789012345678901234567890124", false)]
    [InlineData("1e-30", "0.000000000000000000000000000012", true)]
    [InlineData("1e-30", "0.0000000000000000000000000000012", false)]
    [InlineData("50", "5", false)]
    [InlineData("1", "-0", true)]
    public void MultipleOf_is_exact(string divisor, string instance, bool expected) =>
        Assert.Equal(expected, IsValid($$"""{"multipleOf": {{divisor}}}""", instance));

    [Theory]
    [InlineData("exclusiveMinimum", "0", "1e-400", true)]
    [InlineData("exclusiveMaximum", "0", "-1e-400", true)]
    [InlineData("exclusiveMinimum", "0", "-1e-400", false)]
    [InlineData("minimum", "1e400", "1e399", false)]
    [InlineData("minimum", "1e400", "10e399", true)]
    [InlineData("maximum", "1e400", "1.0000000000000000000000000000000001e400", false)]
    [InlineData("maximum", "0.1", "0.1000000000000000000000000000000001", false)]
    [InlineData("maximum", "0.1000000000000000000000000000000001", "0.1", true)]
    [InlineData("exclusiveMaximum", "18446744073709551616", "18446744073709551615", true)]
    [InlineData("exclusiveMaximum", "18446744073709551616", "18446744073709551616.0", false)]
    [InlineData("minimum", "-1e400", "-1e401", false)]
    [InlineData("minimum", "-1e400", "-1e399", true)]
    public void Bounds_are_exact(string keyword, string limit, string instance, bool expected) =>
        Assert.Equal(expected, IsValid($$"""{"{{keyword}}": {{limit}}}""", instance));

    [Theory]
    [InlineData("1e30", "1000000000000000000000000000000", true)]
    [InlineData("1", "1.0", true)]
    [InlineData("1e-400", "0", false)]
    [InlineData("0.1", "0.10000000000000000000000000000001", false)]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567891", false)]
    public void Const_and_enum_compare_numbers_exactly(string expected, string instance, bool equal)
    {
        Assert.Equal(equal, IsValid($$"""{"const": {{expected}}}""", instance));
        Assert.Equal(equal, IsValid($$"""{"enum": ["x", {{expected}}]}""", instance));
    }

    [Theory]
    [InlineData("1e308", true)]
    [InlineData("1.0000000000000000000000000000001", false)]
    [InlineData("1.5e1", true)]
    [InlineData("1.55e1", false)]
    [InlineData("15e-1", false)]
    [InlineData("150e-1", true)]
    public void Integer_type_is_exact(string instance, bool expected) =>
        Assert.Equal(expected, IsValid("""{"type": "integer"}""", instance));
}
