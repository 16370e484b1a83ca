using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Reflekt.Server;

namespace Reflekt.Server.Tests.Support;

/// <summary>
/// A local stand-in for Segment's HTTP Tracking API (contracts.md §2): POST /v1/batch with Basic auth, 200 on
/// success, 400 on invalid JSON. It records every batch it accepted, and can be told to fail (503, 429 with
/// Retry-After) or be stopped and started again on the same port.
/// </summary>
public sealed class SegmentTrackingApiStandIn : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedBatch> _received = new();
    private WebApplication? _app;
    private int _failuresLeft;
    private int _failureStatus;
    private int _retryAfterSeconds;
    private TaskCompletionSource? _hold;

    private SegmentTrackingApiStandIn(int port) => Port = port;

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>Requests answered with a failure so far.</summary>
    public int FailedRequests;

    public IReadOnlyList<ReceivedBatch> Batches => _received.ToArray();

    /// <summary>Every message received, with the write key of the batch that carried it.</summary>
    public IReadOnlyList<(string WriteKey, JsonObject Message)> Messages =>
        _received.SelectMany(b => b.Body["batch"]!.AsArray().Select(m => (b.WriteKey, m!.AsObject()))).ToList();

    public static async Task<SegmentTrackingApiStandIn> StartAsync(int port = 0)
    {
        var standIn = new SegmentTrackingApiStandIn(port == 0 ? FreePort.Next() : port);
        await standIn.StartAgainAsync();
        return standIn;
    }

    /// <summary>Answer the next <paramref name="count"/> requests with <paramref name="status"/> (and Retry-After for 429).</summary>
    public void FailNext(int count, int status = 503, int retryAfterSeconds = 0)
    {
        _failureStatus = status;
        _retryAfterSeconds = retryAfterSeconds;
        Volatile.Write(ref _failuresLeft, count);
    }

    /// <summary>Keeps the next request waiting (unanswered) until the returned source is completed.</summary>
    public TaskCompletionSource HoldNext()
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _hold, hold);
        return hold;
    }

    /// <summary>Requests that were kept waiting by <see cref="HoldNext"/> so far.</summary>
    public int HeldRequests;

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public async Task StartAgainAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, Port));
        var app = builder.Build();
        app.MapPost("/v1/batch", (Delegate)HandleAsync);
        await app.StartAsync();
        _app = app;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (Interlocked.Exchange(ref _hold, null) is { } hold)
        {
            Interlocked.Increment(ref HeldRequests);
            await hold.Task;
        }
        var receivedAt = DateTimeOffset.UtcNow;
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            Interlocked.Increment(ref FailedRequests);
            if (_retryAfterSeconds > 0)
            {
                context.Response.Headers.RetryAfter = _retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return Results.Json(new { code = "unavailable", message = "stand-in told to fail" }, statusCode: _failureStatus);
        }
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return Results.Json(new { code = "unauthorized", message = "no write key" }, statusCode: 401);
        }
        var user = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..]));
        if (!user.EndsWith(':'))
        {
            return Results.Json(new { code = "unauthorized", message = "the colon after the write key is missing" }, statusCode: 401);
        }
        using var received = new MemoryStream();
        await context.Request.Body.CopyToAsync(received);
        var raw = received.ToArray();
        var text = Encoding.UTF8.GetString(raw);
        JsonObject body;
        try
        {
            body = JsonNode.Parse(text)!.AsObject();
        }
        catch (JsonException)
        {
            return Results.Json(new { code = "invalid_json", message = "invalid JSON" }, statusCode: 400);
        }
        if (text.Length > 500 * 1024 || body["batch"] is not JsonArray batch || batch.Count > 2500)
        {
            return Results.Json(new { code = "invalid_request", message = "batch too large or missing" }, statusCode: 400);
        }
        _received.Enqueue(new ReceivedBatch(user[..^1], body, text.Length, raw, context.Request.Headers.UserAgent.ToString(), receivedAt));
        return Results.Json(new { success = true });
    }
}

/// <summary>
/// One batch the stand-in accepted: the write key it came with, its body (parsed and as received), the sender's
/// User-Agent and when it arrived (Segment's `receivedAt`, which its clock-skew correction sets against `sentAt`).
/// </summary>
public sealed record ReceivedBatch(string WriteKey, JsonObject Body, int Bytes, byte[] Raw, string UserAgent, DateTimeOffset ReceivedAt)
{
    /// <summary>How far the batch's `sentAt` lags its arrival: what Segment would shift every event in it by.</summary>
    public TimeSpan SentAtLag => ReceivedAt - DateTimeOffset.Parse((string)Body["sentAt"]!, System.Globalization.CultureInfo.InvariantCulture);
}
