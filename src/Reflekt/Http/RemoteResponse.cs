using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Reflekt.Http;

/// <summary>The final answer of a remote service, read whole: status, reason phrase, <c>Retry-After</c> and body text.</summary>
public sealed record RemoteResponse(HttpStatusCode Status, string Body)
{
    public string? ReasonPhrase { get; init; }

    public RetryConditionHeaderValue? RetryAfter { get; init; }

    /// <summary>The request this answers: <c>METHOD /path</c>, for messages.</summary>
    public required string Request { get; init; }

    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>The body as <typeparamref name="T"/>; a body that is not JSON (or empty) is one line naming <paramref name="service"/>.</summary>
    public T Json<T>(string service, JsonSerializerOptions? options = null)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(Body) && JsonSerializer.Deserialize<T>(Body, options) is { } value)
            {
                return value;
            }
        }
        catch (JsonException e)
        {
            throw new ReflektException($"{service} answered {Request} with a body that is not JSON: {e.Message}", e);
        }

        throw new ReflektException($"{service} answered {Request} with an empty body.");
    }
}
