namespace Reflekt.Projects.Profiles;

/// <summary>
/// A source or registry of a profile whose environment variables are not set. Only a command that uses it fails
/// (with <see cref="Error"/>, naming the file, line and variable); `debug` lists it as a failed check.
/// </summary>
/// <param name="Kind">"source" or "registry".</param>
/// <param name="Name">The source's id, or the registry's type.</param>
/// <param name="Error">The error a command that uses the entry reports.</param>
public sealed record UnresolvedEntry(string Kind, string Name, ReflektException Error);
