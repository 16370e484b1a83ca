namespace Reflekt.Json.Schema;

/// <summary>One failed assertion in "basic" output: where in the instance, which keyword (by evaluation path), and why.</summary>
public sealed record ValidationError(string InstanceLocation, string KeywordLocation, string Keyword, string Message);
