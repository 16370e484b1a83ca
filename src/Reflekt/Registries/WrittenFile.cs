namespace Reflekt.Registries;

/// <summary>A schema file a pull wrote (or left alone because its content was already the same).</summary>
public sealed record WrittenFile(string Path, ChangeKind Kind);
