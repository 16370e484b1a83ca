namespace Reflekt.Codegen;

/// <summary>One file of generated code: its path under the output folder (forward slashes) and its text.</summary>
public sealed record GeneratedFile(string RelativePath, string Content);
