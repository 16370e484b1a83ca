namespace Reflekt.Codegen.Kotlin;

/// <summary>
/// One Kotlin file for analytics-kotlin's call shape: a data class per object (required properties first, optional
/// ones defaulting to null), an enum class per string enum, and <c>TrackingPlanClient</c> over an
/// <c>Analytics</c> interface. Written in Kotlin 1.3 syntax so every kotlinc compiles it.
/// </summary>
public sealed class KotlinGenerator : ICodeGenerator
{
    public string Language => "kotlin";

    public IReadOnlyList<GeneratedFile> Generate(TrackingPlan plan, CodegenOptions options) =>
        [new("TrackingPlan.kt", new KotlinFile(plan, options).Render())];
}
