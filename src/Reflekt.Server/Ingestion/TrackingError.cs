namespace Reflekt.Server.Ingestion;

/// <summary>A refused tracking request: HTTP status plus Segment's `{code, message}` error body.</summary>
internal sealed record TrackingError(int Status, string Code, string Message)
{
    public static TrackingError BadRequest(string code, string message) => new(400, code, message);

    public static TrackingError Unauthorized() => new(401, "unauthorized", "Invalid write key.");
}
