namespace Reflekt.Codegen.CSharp;

/// <summary>
/// One C# file: a record per object (required properties as <c>required</c> members), an enum per string enum, and
/// <c>TrackingPlanClient</c> over <c>IAnalytics</c>, an interface shaped like Segment's analytics-csharp
/// <c>Track/Identify/Page/Screen/Group</c>. Serialisation is generated (<c>ToJson</c>): no reflection, no dependency.
/// </summary>
public sealed class CSharpGenerator : ICodeGenerator
{
    public string Language => "csharp";

    public IReadOnlyList<GeneratedFile> Generate(TrackingPlan plan, CodegenOptions options) =>
        [new("TrackingPlan.g.cs", new CSharpFile(plan, options).Render())];
}
