namespace Reflekt.Reflection.Drift;

/// <summary>What a reflection finding is about; <c>--fail-on</c> chooses which ones fail a run.</summary>
public enum DriftCategory
{
    /// <summary>The warehouse and the schemas disagree.</summary>
    Drift,

    /// <summary>Events stopped arriving.</summary>
    Stale,

    /// <summary>The table could not be reflected (timeout, query error).</summary>
    Error,
}
