namespace Reflekt.Projects.Scaffolding;

/// <summary>
/// One key of a source or registry written by <c>reflekt init</c>. A <paramref name="Raw"/> value is written
/// verbatim (a number, or a JSON object, which is valid YAML flow style); others are quoted as needed.
/// </summary>
public sealed record ProfileSetting(string Key, string Value, bool Raw = false);
