namespace Reflekt.Server.Forwarding;

/// <summary>What Segment said about one forwarded batch.</summary>
internal readonly record struct DeliveryOutcome(DeliveryStatus Status, int HttpStatus, TimeSpan? RetryAfter, string Detail)
{
    public static DeliveryOutcome Delivered(int status) => new(DeliveryStatus.Delivered, status, null, "");
}

/// <summary>Delivered, worth retrying (5xx, 429, 408, network), or refused for good (other 4xx).</summary>
internal enum DeliveryStatus
{
    Delivered,
    Retry,
    Refused,
}
