using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reflekt.Server.Validation;

namespace Reflekt.Server.Endpoints;

/// <summary>The schema API behind the admin token: list, read, put (meta-schema checked) and delete schemas by `$id`.</summary>
public static class SchemaEndpoints
{
    private const int MaxSchemaBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapSchemaEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/schemas").AddEndpointFilter<AdminTokenFilter>();
        group.MapGet("", List);
        group.MapGet("/{**id}", Get);
        group.MapPut("/{**id}", Put);
        group.MapDelete("/{**id}", Delete);
        return app;
    }

    private static IResult List(SchemaStore store)
    {
        var rows = store.Current.ById.Values
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new SchemaSummaryBody(e.Id, e.EventName, string.Create(CultureInfo.InvariantCulture, $"{e.Major}-{e.Minor}")))
            .ToList();
        return Results.Json<IReadOnlyList<SchemaSummaryBody>>(rows, ServerJson.Default.IReadOnlyListSchemaSummaryBody);
    }

    private static IResult Get(string id, SchemaStore store) =>
        store.Current.ById.TryGetValue(id, out var entry)
            ? Results.Text(entry.Text, "application/json", Encoding.UTF8)
            : NotFound(id);

    private static async Task<IResult> Put(string id, HttpRequest request, SchemaStore store)
    {
        if (!SchemaIds.IsSafe(id))
        {
            return Results.Json(new ErrorBody("invalid_id", $"\"{id}\" is not a schema id (a relative path ending in .json, without \"..\")."),
                ServerJson.Default.ErrorBody, statusCode: StatusCodes.Status400BadRequest);
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxSchemaBytes + 1];
        var length = await reader.ReadBlockAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (length > MaxSchemaBytes)
        {
            return Results.Json(new ErrorBody("payload_too_large", "A schema is at most 4 MB."),
                ServerJson.Default.ErrorBody, statusCode: StatusCodes.Status400BadRequest);
        }
        var existed = store.Current.ById.ContainsKey(id);
        var problems = store.Put(id, new string(buffer, 0, length));
        if (problems.Count > 0)
        {
            return Results.Json(
                new SchemaRejectedBody("invalid_schema", $"\"{id}\" is not a valid JSON Schema.",
                    problems.Select(p => new SchemaProblemBody(p.Pointer ?? "", p.Message)).ToList()),
                ServerJson.Default.SchemaRejectedBody, statusCode: StatusCodes.Status400BadRequest);
        }
        return existed ? Results.NoContent() : Results.Created($"/schemas/{id}", null);
    }

    private static IResult Delete(string id, SchemaStore store) =>
        store.Delete(id) ? Results.NoContent() : NotFound(id);

    private static IResult NotFound(string id) =>
        Results.Json(new ErrorBody("not_found", $"No schema \"{id}\"."), ServerJson.Default.ErrorBody, statusCode: StatusCodes.Status404NotFound);
}
