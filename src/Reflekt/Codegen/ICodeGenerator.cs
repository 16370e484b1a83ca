namespace Reflekt.Codegen;

/// <summary>Renders a tracking plan as source files of one language. Pure: the same plan gives the same bytes.</summary>
public interface ICodeGenerator
{
    /// <summary>The language's name on the command line (<c>typescript</c>, <c>python</c>, <c>csharp</c>, <c>kotlin</c>).</summary>
    string Language { get; }

    /// <summary>The files of the client, in a stable order.</summary>
    IReadOnlyList<GeneratedFile> Generate(TrackingPlan plan, CodegenOptions options);

    /// <summary>A call of the generated function with example values for the required properties (for the docs site); null when the language offers none.</summary>
    string? ExampleCall(PlannedEvent planned) => null;
}
