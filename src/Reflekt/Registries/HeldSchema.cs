using System.Text.Json.Nodes;

namespace Reflekt.Registries;

/// <summary>
/// One schema a push would send next to the version the registry holds under the same MAJOR, both in the form the
/// registry stores them, so the breaking-change gate compares like with like.
/// </summary>
/// <param name="Target">The registry's name for it, exactly as in the push's <see cref="RegistryChange.Target"/>.</param>
/// <param name="Sending">The schema as it would be stored after the push.</param>
/// <param name="Held">What the registry holds now under the same MAJOR (the same MINOR, else the highest lower one); null when nothing.</param>
public sealed record HeldSchema(string Target, JsonObject Sending, JsonObject? Held);
