namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>Compares the old and new value of the keyword(s) it owns and reports each change on the comparison.</summary>
internal interface IKeywordComparer
{
    /// <summary>The keywords this comparer understands; a differing keyword no comparer owns is reported as not analysed.</summary>
    IReadOnlyList<string> Keywords { get; }

    /// <summary>Whether to run even when the keywords are byte-equal (a <c>$ref</c> whose target changed).</summary>
    bool RunsWhenEqual => false;

    void Compare(KeywordComparison comparison);
}
