namespace Reflekt.Projects.Scaffolding;

/// <summary>A source or registry to write into a new profile: its type and settings in file order.</summary>
public sealed record ProfileEntry(string Type, IReadOnlyList<ProfileSetting> Settings);
