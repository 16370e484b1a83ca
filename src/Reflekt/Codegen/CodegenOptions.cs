namespace Reflekt.Codegen;

/// <summary>What a generated client targets besides its language.</summary>
/// <param name="Sdk">The CDP whose SDKs the client calls: names in doc comments and adapter interfaces.</param>
/// <remarks>The tool's version is not written into files: regenerating with a newer Reflekt changes only what changed.</remarks>
public sealed record CodegenOptions(CodegenSdk Sdk);

/// <summary>The SDK family a client is generated for; both share Segment's call shapes.</summary>
public enum CodegenSdk
{
    Segment,
    RudderStack,
}
