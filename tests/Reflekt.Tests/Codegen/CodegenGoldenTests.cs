using Reflekt.Codegen;
using Reflekt.Testing;

namespace Reflekt.Tests.Codegen;

/// <summary>
/// Each language's output for the every-feature plan, byte for byte: what a reviewer reads when the generator changes.
/// The files under Golden/ are also what the compiler tests check, so a golden that type-checks stays honest.
/// </summary>
public sealed class CodegenGoldenTests
{
    public static TheoryData<string> Languages => new(CodeGenerators.All.Select(g => g.Language));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Output_matches_the_golden_files(string language)
    {
        var files = CodeGenerators.For(language).Generate(CodegenPlans.Features, new CodegenOptions(CodegenSdk.Segment));

        foreach (var file in files)
        {
            Golden.Assert(Path.Combine("tests", "Reflekt.Tests", "Codegen", "Golden", language, file.RelativePath), file.Content);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Regenerating_is_byte_identical(string language)
    {
        var generator = CodeGenerators.For(language);

        var first = generator.Generate(CodegenPlans.Features, new CodegenOptions(CodegenSdk.Segment));
        var second = generator.Generate(CodegenPlans.Features, new CodegenOptions(CodegenSdk.Segment));

        Assert.Equal(first, second);
    }
}
