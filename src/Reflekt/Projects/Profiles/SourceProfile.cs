using Reflekt.Schemas;

namespace Reflekt.Projects.Profiles;

/// <summary>A warehouse source in a profile (<c>source:</c> list item); subtypes hold each type's typed settings.</summary>
public abstract record SourceProfile
{
    /// <summary>The source id, unique within the profile (used in <c>--source id.database.schema</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Where the item starts in the profiles file.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>The <c>type:</c> value, e.g. <c>postgres</c>.</summary>
    public abstract string Type { get; }

    /// <summary>A one-line description without secrets, e.g. <c>postgres://user@host:5432/db</c>.</summary>
    public abstract string Describe();
}
