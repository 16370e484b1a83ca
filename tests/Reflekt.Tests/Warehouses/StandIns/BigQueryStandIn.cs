using Reflekt.Testing.StandIns;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Reflekt.Tests.Warehouses.StandIns;

/// <summary>
/// Google OAuth token endpoint + BigQuery REST stand-in (contracts §8.2): <c>POST /token</c> checks the service-account
/// JWT (signature, kid, iss, aud, scope); <c>POST /bigquery/v2/projects/{p}/queries</c> answers jobComplete=false first,
/// <c>GET …/queries/{jobId}</c> pages with pageToken; INFORMATION_SCHEMA.COLUMNS rows come from <see cref="Columns"/>;
/// canned results a test sets up in <see cref="Answer"/> are consulted first (e.g. for the reflection queries).
/// </summary>
internal sealed partial class BigQueryStandIn : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, bool> _tokens = new();
    private readonly ConcurrentDictionary<string, CannedResult> _jobs = new();
    private LoopbackServer? _server;

    public required RSA PublicKey { get; init; }

    public required string ClientEmail { get; init; }

    public required string PrivateKeyId { get; init; }

    /// <summary>(project, dataset, table, column, type).</summary>
    public List<(string Project, string Dataset, string Table, string Column, string Type)> Columns { get; } = [];

    /// <summary>Tables of <see cref="Columns"/> that are views (Segment's <c>_view</c>s); the catalog query lists base tables only.</summary>
    public HashSet<string> Views { get; } = [];

    public List<string> Queries { get; } = [];

    /// <summary>Authorization headers of every accepted jobs request, in arrival order.</summary>
    public List<string> Authorizations { get; } = [];

    /// <summary>Canned answers a test sets up (e.g. keyed by a table name in the query); null falls through to the built-in ones.</summary>
    public Func<string, CannedResult?>? Answer { get; set; }

    public int TokenRequests;

    public Uri BaseUri => new(_server!.BaseUri, "bigquery/v2/");

    public string TokenUri => new Uri(_server!.BaseUri, "token").ToString();

    public async Task StartAsync() => _server = await LoopbackServer.StartAsync(app =>
    {
        app.MapPost("/token", (Delegate)Token);
        app.MapPost("/bigquery/v2/projects/{project}/queries", (Delegate)Query);
        app.MapGet("/bigquery/v2/projects/{project}/queries/{jobId}", (Delegate)Results);
    });

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task<IResult> Token(HttpContext context)
    {
        Interlocked.Increment(ref TokenRequests);
        var form = await context.Request.ReadFormAsync();
        var assertion = form["assertion"].ToString();
        var claims = form["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer" ? Jwt.VerifiedClaims(assertion, PublicKey) : null;
        var ok = claims is { } c
            && Jwt.Header(assertion).GetProperty("kid").GetString() == PrivateKeyId
            && c.GetProperty("iss").GetString() == ClientEmail
            && c.GetProperty("aud").GetString() == TokenUri
            && c.GetProperty("scope").GetString()!.Contains("bigquery", StringComparison.Ordinal)
            && c.GetProperty("exp").GetInt64() > DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (!ok)
        {
            return Microsoft.AspNetCore.Http.Results.Json(new { error = "invalid_grant", error_description = "Invalid JWT Signature." }, statusCode: 400);
        }

        var token = "ya29.standin-" + Guid.NewGuid().ToString("N");
        _tokens[token] = true;
        return Microsoft.AspNetCore.Http.Results.Json(new { access_token = token, expires_in = 3599, token_type = "Bearer" });
    }

    private async Task<IResult> Query(HttpContext context, string project)
    {
        if (Unauthenticated(context) is { } denied)
        {
            return denied;
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        var sql = body!["query"]!.GetValue<string>();
        lock (Queries)
        {
            Queries.Add(sql);
        }

        List<string?[]> rows;
        IReadOnlyList<(string Name, string Type)> fields = [("table_name", "STRING"), ("column_name", "STRING"), ("data_type", "STRING")];
        if (Answer?.Invoke(sql) is { } canned)
        {
            rows = [.. canned.Rows];
            fields = canned.Columns;
        }
        else if (sql.Trim() == "select 1")
        {
            rows = [["1"]];
        }
        else if (InformationSchema().Match(sql) is { Success: true } m)
        {
            var (p, ds) = (m.Groups[1].Value, m.Groups[2].Value);
            if (!Columns.Any(c => c.Project == p && c.Dataset == ds))
            {
                return Microsoft.AspNetCore.Http.Results.Json(new { error = new { code = 404, message = $"Not found: Dataset {p}:{ds} was not found in location US", status = "NOT_FOUND" } }, statusCode: 404);
            }

            fields = [("table_name", "STRING"), ("column_name", "STRING"), ("data_type", "STRING"), ("ordinal_position", "INTEGER"), ("numeric_scale", "INTEGER")];
            rows = [.. Columns.Where(c => c.Project == p && c.Dataset == ds && !Views.Contains(c.Table))
                .GroupBy(c => c.Table).OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => g.Select((c, i) => new string?[] { c.Table, c.Column, c.Type, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null }))];
        }
        else
        {
            return Microsoft.AspNetCore.Http.Results.Json(new { error = new { code = 400, message = "Syntax error", status = "INVALID_ARGUMENT" } }, statusCode: 400);
        }

        var jobId = "job_" + Guid.NewGuid().ToString("N");
        _jobs[jobId] = new CannedResult(fields, rows);
        return Microsoft.AspNetCore.Http.Results.Json(new JsonObject
        {
            ["kind"] = "bigquery#queryResponse",
            ["jobReference"] = new JsonObject { ["projectId"] = project, ["jobId"] = jobId, ["location"] = "US" },
            ["jobComplete"] = false,
        });
    }

    private IResult Results(HttpContext context, string project, string jobId)
    {
        if (Unauthenticated(context) is { } denied)
        {
            return denied;
        }

        if (!_jobs.TryGetValue(jobId, out var job))
        {
            return Microsoft.AspNetCore.Http.Results.Json(new { error = new { code = 404, message = $"Not found: Job {project}:{jobId}" } }, statusCode: 404);
        }

        var rows = job.Rows;
        var start = int.TryParse(context.Request.Query["pageToken"], out var t) ? t : 0;
        var size = Math.Max(1, (rows.Count + 1) / 2);
        var page = rows.Skip(start).Take(size).ToList();
        var response = new JsonObject
        {
            ["kind"] = "bigquery#getQueryResultsResponse",
            ["jobReference"] = new JsonObject { ["projectId"] = project, ["jobId"] = jobId, ["location"] = "US" },
            ["jobComplete"] = true,
            ["totalRows"] = rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["schema"] = new JsonObject { ["fields"] = new JsonArray([.. job.Columns.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["type"] = c.Type, ["mode"] = "NULLABLE" })]) },
            ["rows"] = new JsonArray([.. page.Select(r => (JsonNode)new JsonObject { ["f"] = new JsonArray([.. r.Select(v => (JsonNode)new JsonObject { ["v"] = v })]) })]),
        };
        if (start + size < rows.Count)
        {
            response["pageToken"] = (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Microsoft.AspNetCore.Http.Results.Json(response);
    }

    private IResult? Unauthenticated(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.ContainsKey(header[7..]))
        {
            lock (Authorizations)
            {
                Authorizations.Add(header);
            }

            return null;
        }

        return Microsoft.AspNetCore.Http.Results.Json(new { error = new { code = 401, message = "Request had invalid authentication credentials.", status = "UNAUTHENTICATED" } }, statusCode: 401);
    }

    // `project.dataset`.INFORMATION_SCHEMA.COLUMNS or `project`.dataset.INFORMATION_SCHEMA.COLUMNS.
    [GeneratedRegex(@"from `?([^.`]+)`?\.`?([^`.]+)`?\.INFORMATION_SCHEMA\.COLUMNS", RegexOptions.IgnoreCase)]
    private static partial Regex InformationSchema();
}
