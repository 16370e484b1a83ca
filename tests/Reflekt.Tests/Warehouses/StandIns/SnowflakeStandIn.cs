using Reflekt.Testing.StandIns;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Reflekt.Tests.Warehouses.StandIns;

/// <summary>
/// Snowflake SQL API v2 stand-in (contracts §8.1): <c>POST /api/v2/statements</c> and <c>GET /api/v2/statements/{handle}</c>,
/// key-pair JWT checked against the registered public key (iss = ACCOUNT.USER.SHA256:fingerprint) or an OAuth token,
/// 202 + polling for the first statement, results split into partitions. Identifiers are stored upper-case.
/// Canned results a test sets up in <see cref="Answer"/> are consulted first (e.g. for the reflection queries).
/// </summary>
internal sealed class SnowflakeStandIn : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, JsonObject[]> _results = new();
    private LoopbackServer? _server;

    public required RSA PublicKey { get; init; }

    public required string Account { get; init; }

    public required string User { get; init; }

    public string OAuthToken { get; init; } = "oauth-token-ok";

    /// <summary>(SCHEMA, TABLE, COLUMN, TYPE) rows of information_schema.columns, upper-case like Snowflake.</summary>
    public List<(string Schema, string Table, string Column, string Type)> Columns { get; } = [];

    /// <summary>Tables of <see cref="Columns"/> that are views (the catalog query lists base tables only).</summary>
    public HashSet<string> Views { get; } = [];

    public int StatementPosts;

    public List<string> Statements { get; } = [];

    /// <summary>Authorization headers of every accepted request, in arrival order.</summary>
    public List<string> Authorizations { get; } = [];

    /// <summary>Canned answers a test sets up (e.g. keyed by a table name in the statement); null falls through to the built-in ones.</summary>
    public Func<string, CannedResult?>? Answer { get; set; }

    public Uri BaseUri => _server!.BaseUri;

    public async Task StartAsync() => _server = await LoopbackServer.StartAsync(app =>
    {
        app.MapPost("/api/v2/statements", (Delegate)PostStatement);
        app.MapGet("/api/v2/statements/{handle}", (Delegate)GetStatement);
    });

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task<IResult> PostStatement(HttpContext context)
    {
        if (Authenticate(context) is { } denied)
        {
            return denied;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        var statement = body!["statement"]!.GetValue<string>();
        lock (Statements)
        {
            Statements.Add(statement);
        }

        var handle = Guid.NewGuid().ToString();
        var rows = new List<string?[]>();
        IReadOnlyList<(string Name, string Type)> rowType = [("TABLE_NAME", "text"), ("COLUMN_NAME", "text"), ("DATA_TYPE", "text")];
        if (Answer?.Invoke(statement) is { } canned)
        {
            rows.AddRange(canned.Rows);
            rowType = canned.Columns;
        }
        else if (statement.Trim() == "select 1")
        {
            rows.Add(["1"]);
        }
        else if (statement.Contains("information_schema.columns", StringComparison.OrdinalIgnoreCase))
        {
            // The catalog query inlines the schema: table_schema = UPPER('name') (contracts §6).
            var schema = (body["bindings"]?["1"]?["value"]?.GetValue<string>()
                ?? System.Text.RegularExpressions.Regex.Match(statement, @"table_schema = UPPER\('((?:[^']|'')*)'\)").Groups[1].Value.Replace("''", "'")).ToUpperInvariant();
            rowType = [("TABLE_NAME", "text"), ("COLUMN_NAME", "text"), ("DATA_TYPE", "text"), ("ORDINAL_POSITION", "fixed"), ("NUMERIC_SCALE", "fixed")];
            rows.AddRange(Columns.Where(c => c.Schema == schema && !Views.Contains(c.Table))
                .GroupBy(c => c.Table).OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => g.Select((c, i) => new string?[] { c.Table, c.Column, c.Type, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null })));
        }
        else
        {
            return Results.Json(new { code = "002003", message = "SQL compilation error: unknown statement", sqlState = "02000", statementHandle = handle }, statusCode: 422);
        }

        // Two partitions when there is enough data, so clients must fetch partition 1.
        var half = rows.Count > 4 ? rows.Count / 2 : rows.Count;
        var partitions = half == rows.Count ? new[] { rows } : [rows[..half], rows[half..]];
        _results[handle] = [.. partitions.Select((p, i) => ResultSet(handle, rows.Count, partitions.Select(x => x.Count).ToArray(), i == 0 ? rowType : null, p))];

        if (Interlocked.Increment(ref StatementPosts) == 1)
        {
            return Results.Json(
                new { code = "333334", message = "Asynchronous execution in progress. Use provided query id to perform query monitoring and management.", statementHandle = handle, statementStatusUrl = $"/api/v2/statements/{handle}" },
                statusCode: 202);
        }

        return Results.Json(_results[handle][0]);
    }

    private IResult GetStatement(HttpContext context, string handle)
    {
        if (Authenticate(context) is { } denied)
        {
            return denied;
        }

        if (!_results.TryGetValue(handle, out var partitions))
        {
            return Results.Json(new { code = "000709", message = $"Statement {handle} not found" }, statusCode: 404);
        }

        var partition = int.TryParse(context.Request.Query["partition"], out var p) ? p : 0;
        return Results.Json(partitions[partition]);
    }

    private static JsonObject ResultSet(string handle, int numRows, int[] partitionRows, IReadOnlyList<(string Name, string Type)>? rowType, List<string?[]> data)
    {
        var result = new JsonObject
        {
            ["code"] = "090001",
            ["sqlState"] = "00000",
            ["message"] = "Statement executed successfully.",
            ["statementHandle"] = handle,
            ["statementStatusUrl"] = $"/api/v2/statements/{handle}",
            ["createdOn"] = 1_700_000_000_000,
            ["data"] = new JsonArray([.. data.Select(r => (JsonNode)new JsonArray([.. r.Select(v => (JsonNode?)v)]))]),
        };
        if (rowType is not null)
        {
            result["resultSetMetaData"] = new JsonObject
            {
                ["numRows"] = numRows,
                ["format"] = "jsonv2",
                ["rowType"] = new JsonArray([.. rowType.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["type"] = c.Type, ["nullable"] = true })]),
                ["partitionInfo"] = new JsonArray([.. partitionRows.Select(n => (JsonNode)new JsonObject { ["rowCount"] = n })]),
            };
        }

        return result;
    }

    private IResult? Authenticate(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var type = context.Request.Headers["X-Snowflake-Authorization-Token-Type"].ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : "";
        var ok = type switch
        {
            "KEYPAIR_JWT" => ValidJwt(token),
            "OAUTH" => token == OAuthToken,
            _ => false,
        };
        if (ok)
        {
            lock (Authorizations)
            {
                Authorizations.Add(header);
            }
        }

        return ok ? null : Results.Json(new { code = "390144", message = "JWT token is invalid." }, statusCode: 401);
    }

    private bool ValidJwt(string token)
    {
        if (Jwt.VerifiedClaims(token, PublicKey) is not { } claims)
        {
            return false;
        }

        var fingerprint = "SHA256:" + Convert.ToBase64String(SHA256.HashData(PublicKey.ExportSubjectPublicKeyInfo()));
        var subject = $"{Account.ToUpperInvariant()}.{User.ToUpperInvariant()}";
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return claims.GetProperty("iss").GetString() == $"{subject}.{fingerprint}"
            && claims.GetProperty("sub").GetString() == subject
            && claims.GetProperty("exp").GetInt64() > now
            && claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64() <= 3600;
    }
}
