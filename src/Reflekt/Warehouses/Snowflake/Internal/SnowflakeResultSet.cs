using System.Text.Json.Serialization;

namespace Reflekt.Warehouses.Snowflake.Internal;

/// <summary>A SQL API v2 ResultSet (200) or QueryStatus (202): cells are strings, SQL NULL is JSON null.</summary>
internal sealed record SnowflakeResultSet
{
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("sqlState")]
    public string? SqlState { get; init; }

    [JsonPropertyName("statementHandle")]
    public string? StatementHandle { get; init; }

    [JsonPropertyName("statementStatusUrl")]
    public string? StatementStatusUrl { get; init; }

    [JsonPropertyName("resultSetMetaData")]
    public SnowflakeResultSetMetaData? ResultSetMetaData { get; init; }

    [JsonPropertyName("data")]
    public List<List<string?>>? Data { get; init; }
}

/// <summary><c>resultSetMetaData</c>: row count, column types and partitions still to fetch.</summary>
internal sealed record SnowflakeResultSetMetaData
{
    [JsonPropertyName("numRows")]
    public long NumRows { get; init; }

    [JsonPropertyName("format")]
    public string? Format { get; init; }

    [JsonPropertyName("rowType")]
    public List<SnowflakeRowType> RowType { get; init; } = [];

    [JsonPropertyName("partitionInfo")]
    public List<SnowflakePartitionInfo> PartitionInfo { get; init; } = [];
}

/// <summary>One column of <c>rowType</c>.</summary>
internal sealed record SnowflakeRowType(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type);

/// <summary>One entry of <c>partitionInfo</c>.</summary>
internal sealed record SnowflakePartitionInfo(
    [property: JsonPropertyName("rowCount")] long RowCount);
