namespace Reflekt.Docs.Model;

/// <summary>A call of the generated client of one language (<c>reflekt codegen --language</c>).</summary>
public sealed record CodeExample(string Language, string Code);
