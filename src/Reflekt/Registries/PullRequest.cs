namespace Reflekt.Registries;

/// <summary>What to pull: the raw <c>--select</c> and the project's vendor for <c>self.vendor</c>.</summary>
public sealed record PullRequest(string Select, string Vendor);
