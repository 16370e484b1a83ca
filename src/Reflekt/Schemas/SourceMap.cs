namespace Reflekt.Schemas;

/// <summary>Where each JSON pointer of a parsed document starts in its source text.</summary>
/// <remarks>
/// For an object member the position is that of its key (what an editor should highlight);
/// for an array item or the root it is the start of the value. Works for JSON and YAML sources.
/// </remarks>
public sealed class SourceMap
{
    private readonly IReadOnlyDictionary<string, SourcePosition> _positions;

    public SourceMap(IReadOnlyDictionary<string, SourcePosition> positions) => _positions = positions;

    /// <summary>A map that knows no positions.</summary>
    public static SourceMap Empty { get; } = new(new Dictionary<string, SourcePosition>());

    /// <summary>Number of pointers with a known position.</summary>
    public int Count => _positions.Count;

    /// <summary>The position of exactly this pointer.</summary>
    public bool TryGetPosition(string pointer, out SourcePosition position) =>
        _positions.TryGetValue(pointer, out position);

    /// <summary>
    /// The position of the pointer or, when it does not exist in the document (a missing key),
    /// of its nearest existing ancestor.
    /// </summary>
    public SourcePosition Find(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }

            if (current.Length == 0)
            {
                return SourcePosition.Unknown;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? "" : current[..slash];
        }
    }
}
