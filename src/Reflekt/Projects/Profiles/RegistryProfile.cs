using Reflekt.Schemas;

namespace Reflekt.Projects.Profiles;

/// <summary>A schema registry in a profile (<c>registry:</c> list item); subtypes hold each type's settings.</summary>
public abstract record RegistryProfile
{
    /// <summary>Where the item starts in the profiles file.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>The <c>type:</c> value, e.g. <c>segment</c>.</summary>
    public abstract string Type { get; }

    /// <summary>A one-line description without secrets.</summary>
    public abstract string Describe();
}
