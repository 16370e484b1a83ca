using Reflekt.Codegen.CSharp;
using Reflekt.Codegen.Kotlin;
using Reflekt.Codegen.Python;
using Reflekt.Codegen.TypeScript;

namespace Reflekt.Codegen;

/// <summary>The languages <c>reflekt codegen</c> generates: adding one is a generator folder and one line here.</summary>
public static class CodeGenerators
{
    /// <summary>Every generator, in the order help lists them.</summary>
    public static IReadOnlyList<ICodeGenerator> All { get; } =
    [
        new TypeScriptGenerator(),
        new PythonGenerator(),
        new CSharpGenerator(),
        new KotlinGenerator(),
    ];

    /// <summary>The generator for a <c>--language</c> value.</summary>
    /// <exception cref="ReflektException">No generator has that name.</exception>
    public static ICodeGenerator For(string language) =>
        All.FirstOrDefault(g => string.Equals(g.Language, language, StringComparison.OrdinalIgnoreCase))
        ?? throw new ReflektException($"--language: unknown language '{language}'; expected one of {string.Join(", ", All.Select(g => g.Language))}");
}
