namespace Reflekt.Schemas.Evolution;

/// <summary>Whether both versions existed and were compared, the schema is new, was removed, or was renamed (and compared).</summary>
public enum SchemaComparisonStatus
{
    Compared,
    Added,
    Removed,
    Renamed,
}
