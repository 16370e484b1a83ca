namespace Reflekt.Testing.StandIns;

/// <summary>An answer a stand-in gives instead of the real one, once (429, 500, …).</summary>
public sealed record InjectedFault(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);
