using Reflekt.Schemas.Evolution;

namespace Reflekt.Registries;

/// <summary>The breaking-change verdict on one schema of a push, against what the registry holds under the same MAJOR.</summary>
/// <param name="Target">The registry's name for the schema, as in <see cref="RegistryChange.Target"/>.</param>
/// <param name="IsNew">True when the registry holds nothing under this MAJOR, so nothing can break.</param>
/// <param name="Changes">The classified changes from the held version to the one being pushed.</param>
public sealed record PushVerdict(string Target, bool IsNew, IReadOnlyList<SchemaChange> Changes)
{
    public bool IsBreaking => Changes.Any(c => c.IsBreaking);

    /// <summary>Compares what the registry holds with what would be sent.</summary>
    public static PushVerdict Of(HeldSchema held)
    {
        if (held.Held is null)
        {
            return new PushVerdict(held.Target, IsNew: true, []);
        }

        using var before = System.Text.Json.JsonDocument.Parse(held.Held.ToJsonString());
        using var after = System.Text.Json.JsonDocument.Parse(held.Sending.ToJsonString());
        return new PushVerdict(held.Target, IsNew: false, SchemaDiff.Compare(before.RootElement, after.RootElement));
    }
}
