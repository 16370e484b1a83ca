namespace Reflekt.Schemas.Evolution;

/// <summary>Whether both versions existed and were compared, or the schema is new.</summary>
public enum SchemaComparisonStatus
{
    Compared,
    Added,
}
