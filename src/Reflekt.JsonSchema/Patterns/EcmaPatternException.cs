namespace Reflekt.Json.Schema.Patterns;

/// <summary>A pattern that is not valid ECMA-262 (with the <c>u</c> flag): what is wrong and where (UTF-16 offset).</summary>
internal sealed class EcmaPatternException(int offset, string reason) : Exception(reason)
{
    public int Offset { get; } = offset;

    public string Reason { get; } = reason;
}
