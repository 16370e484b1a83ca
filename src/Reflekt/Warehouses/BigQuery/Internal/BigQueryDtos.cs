using System.Text.Json.Serialization;

namespace Reflekt.Warehouses.BigQuery.Internal;

/// <summary>Body of <c>POST /projects/{project}/queries</c> (jobs.query).</summary>
internal sealed record BigQueryQueryRequest(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("useLegacySql")] bool UseLegacySql,
    [property: JsonPropertyName("timeoutMs")] int TimeoutMs,
    [property: JsonPropertyName("maxResults")] int MaxResults,
    [property: JsonPropertyName("location")] string? Location);

/// <summary>A <c>bigquery#queryResponse</c> / <c>getQueryResults</c> answer: rows as <c>{"f": [{"v": …}]}</c>.</summary>
internal sealed record BigQueryQueryResponse
{
    [JsonPropertyName("jobComplete")]
    public bool JobComplete { get; init; }

    [JsonPropertyName("jobReference")]
    public BigQueryJobReference? JobReference { get; init; }

    [JsonPropertyName("pageToken")]
    public string? PageToken { get; init; }

    [JsonPropertyName("totalRows")]
    public string? TotalRows { get; init; }

    [JsonPropertyName("rows")]
    public List<BigQueryRow>? Rows { get; init; }
}

/// <summary><c>jobReference</c>.</summary>
internal sealed record BigQueryJobReference(
    [property: JsonPropertyName("projectId")] string ProjectId,
    [property: JsonPropertyName("jobId")] string JobId,
    [property: JsonPropertyName("location")] string? Location);

/// <summary>One row: <c>{"f": [{"v": "value"}, …]}</c>.</summary>
internal sealed record BigQueryRow([property: JsonPropertyName("f")] List<BigQueryCell> F);

/// <summary>One cell; <c>v</c> is a string for scalar columns, JSON null for NULL.</summary>
internal sealed record BigQueryCell([property: JsonPropertyName("v")] string? V);

/// <summary>The OAuth token endpoint's answer.</summary>
internal sealed record GoogleTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string TokenType);
