namespace Reflekt.Server.Ingestion;

/// <summary>A refused tracking request: HTTP status plus Segment's `{code, message}` error body.</summary>
internal sealed record TrackingError(int Status, string Code, string Message)
{
    /// <summary>Seconds an SDK should wait before retrying (the `Retry-After` header of a 503); null: no header.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The spool cannot take the request now (bound reached, disk full): SDKs retry after a pause, no event is lost.</summary>
    public static TrackingError SpoolUnavailable(string code, string message) => new(503, code, message) { RetryAfterSeconds = 5 };

    public static TrackingError BadRequest(string code, string message) => new(400, code, message);

    public static TrackingError Unauthorized() => new(401, "unauthorized", "Invalid write key.");
}
