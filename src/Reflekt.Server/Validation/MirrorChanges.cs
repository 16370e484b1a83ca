namespace Reflekt.Server.Validation;

/// <summary>What one <see cref="S3SchemaMirror.SyncAsync"/> changed: ids written (new or changed), removed, and skipped as unsafe paths.</summary>
public sealed record MirrorChanges(IReadOnlyList<string> Written, IReadOnlyList<string> Removed, IReadOnlyList<string> Skipped)
{
    public bool Any => Written.Count + Removed.Count + Skipped.Count > 0;
}
