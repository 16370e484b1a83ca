namespace Reflekt.Schemas.Evolution;

/// <summary>Whether data valid under the old schema may be rejected by the new one.</summary>
public enum ChangeImpact
{
    NonBreaking,
    Breaking,
}
