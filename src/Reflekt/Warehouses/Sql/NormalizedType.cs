namespace Reflekt.Warehouses.Sql;

/// <summary>A warehouse column type reduced to what a JSON Schema type can be compared with.</summary>
public enum NormalizedType
{
    String,
    Integer,
    Number,
    Boolean,
    Timestamp,
    Date,
    Json,
    Other,
}
