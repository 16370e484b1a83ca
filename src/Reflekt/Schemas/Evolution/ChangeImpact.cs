namespace Reflekt.Schemas.Evolution;

/// <summary>Whether data valid under the old schema may be rejected by the new one.</summary>
public enum ChangeImpact
{
    NonBreaking,
    Breaking,

    /// <summary>A keyword differs in a way no comparer can prove safe; counted as breaking so nothing passes silently.</summary>
    NotAnalysed,
}
