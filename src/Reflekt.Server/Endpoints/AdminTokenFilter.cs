using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Reflekt.Server.Options;

namespace Reflekt.Server.Endpoints;

/// <summary>Lets a schema-API call through only with `Authorization: Bearer {REGISTRY_ADMIN_TOKEN}`.</summary>
internal sealed class AdminTokenFilter(IOptions<SchemaOptions> options) : IEndpointFilter
{
    private readonly byte[] _token = Encoding.UTF8.GetBytes(options.Value.AdminToken ?? "");

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : "";
        var allowed = _token.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _token);
        return allowed
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Json(
                new ErrorBody("unauthorized", "The schema API needs Authorization: Bearer <REGISTRY_ADMIN_TOKEN>."),
                ServerJson.Default.ErrorBody, statusCode: StatusCodes.Status401Unauthorized));
    }
}
