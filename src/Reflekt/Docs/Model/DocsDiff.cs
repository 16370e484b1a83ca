using Reflekt.Schemas.Evolution;

namespace Reflekt.Docs.Model;

/// <summary>The evolution comparers' verdict between two versions of an event.</summary>
/// <param name="From">The older version.</param>
/// <param name="To">The newer version.</param>
/// <param name="Changes">Every change, in document order.</param>
public sealed record DocsDiff(string From, string To, IReadOnlyList<SchemaChange> Changes)
{
    /// <summary>True when any change may reject events valid under <see cref="From"/>.</summary>
    public bool Breaking => Changes.Any(c => c.IsBreaking);
}
