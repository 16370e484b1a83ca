namespace Reflekt.Registries;

/// <summary>One schema or rule that a push adds, changes or removes in the registry.</summary>
/// <param name="Kind">What happens to it.</param>
/// <param name="Target">The registry's name for it, e.g. <c>TRACK "Order Completed" v1</c> or a schema id.</param>
public sealed record RegistryChange(ChangeKind Kind, string Target);
