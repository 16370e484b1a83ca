using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Reflekt.Server.Metrics;
using Reflekt.Server.Options;
using Reflekt.Server.Spool;
using Reflekt.Schemas.Calls;
using Reflekt.Server.Validation;
using Reflekt.Server.Violations;

namespace Reflekt.Server.Ingestion;

/// <summary>
/// One tracking request, start to end: read within Segment's limits, parse, check the write key, route every
/// message through its schema, append the lot to the spool (fsynced), and only then say 200.
/// A request is all or nothing: a refused request spools nothing.
/// </summary>
internal sealed class TrackingIngestion(
    DurableSpool spool,
    SchemaStore schemas,
    EventRouter router,
    ServerMetrics metrics,
    ViolationCounter violations,
    TimeProvider time,
    IOptions<IngestionOptions> options,
    IOptions<SpoolOptions> spoolOptions)
{
    private readonly IngestionOptions _limits = options.Value;
    private readonly Forwarding.DeadLetterFolder _deadLetters = new(spoolOptions.Value.Directory);

    /// <summary>Handles a call to `/v1/{type}`, or `/v1/batch` when <paramref name="single"/> is null.</summary>
    public async Task<TrackingError?> HandleAsync(HttpRequest request, CallType? single, CancellationToken cancellationToken)
    {
        if (!TrackingContentType.IsAccepted(request))
        {
            return new TrackingError(415, "unsupported_media_type",
                $"Content-Type \"{request.ContentType}\" is not accepted: send application/json or text/plain.");
        }
        var limit = single is null ? _limits.MaxBatchBytes : _limits.MaxMessageBytes;
        ReadOnlyMemory<byte>? read;
        try
        {
            read = await RequestBody.ReadAsync(request, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return TrackingError.BadRequest("invalid_request", "The gzip body could not be decompressed.");
        }
        if (read is not { } body)
        {
            return TrackingError.BadRequest("payload_too_large", single is null
                ? $"The batch exceeds {limit / 1024} KB."
                : $"The message exceeds {limit / 1024} KB.");
        }

        var tracking = TrackingBody.From(body);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(tracking.Parsed, new JsonDocumentOptions { MaxDepth = _limits.MaxDepth });
        }
        catch (JsonException exception)
        {
            return TrackingError.BadRequest("invalid_json", InvalidJsonMessage(exception));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return TrackingError.BadRequest("invalid_request", "The body must be a JSON object.");
            }
            if (!WriteKeyCheck.IsAuthorized(request.Headers.Authorization, root, _limits.WriteKey))
            {
                return TrackingError.Unauthorized();
            }
            var output = new ArrayBufferWriter<byte>(body.Length + 512);
            var ends = new List<(SpoolRoute Route, int End)>();
            var rejected = new List<ReadOnlyMemory<byte>>();
            var broken = violations.ForRequest(); // tallied while routing, counted once the request is kept
            var snapshot = schemas.Current; // one schema set for the whole request, even during a reload
            var error = single is { } type
                ? Route(snapshot, root, type, default, default, output, ends, tracking, rejected, broken)
                : RouteBatch(snapshot, root, output, ends, tracking, rejected, broken);
            if (error is not null)
            {
                return error;
            }

            var written = output.WrittenMemory;
            var entries = new SpoolEntry[ends.Count];
            var start = 0;
            var invalid = 0;
            for (var i = 0; i < ends.Count; i++)
            {
                entries[i] = new SpoolEntry(ends[i].Route, written[start..ends[i].End]);
                start = ends[i].End;
                invalid += ends[i].Route == SpoolRoute.Invalid ? 1 : 0;
            }
            try
            {
                if (entries.Length > 0)
                {
                    await spool.AppendAsync(entries, cancellationToken).ConfigureAwait(false);
                }
                if (rejected.Count > 0)
                {
                    await _deadLetters.KeepRejectedAsync(rejected, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (SpoolFullException exception)
            {
                return TrackingError.SpoolUnavailable("spool_full", $"The event could not be stored: {exception.Message}; retry later.");
            }
            catch (IOException exception)
            {
                return TrackingError.SpoolUnavailable("spool_unavailable", $"The event could not be stored: {exception.Message}");
            }
            // Counted only once the request is kept: a refused request is retried by its SDK and would count twice.
            violations.Record(broken);
            metrics.EventsAccepted(entries.Length - invalid, invalid);
            metrics.EventsRejected(rejected.Count);
            return null;
        }
    }

    private TrackingError? RouteBatch(SchemaSnapshot snapshot, JsonElement root, ArrayBufferWriter<byte> output, List<(SpoolRoute, int)> ends, TrackingBody body, List<ReadOnlyMemory<byte>> rejected, RequestViolations broken)
    {
        if (!root.TryGetProperty("batch", out var batch) || batch.ValueKind != JsonValueKind.Array)
        {
            return TrackingError.BadRequest("invalid_request", "The body must have a \"batch\" array.");
        }
        if (batch.GetArrayLength() > _limits.MaxBatchEvents)
        {
            return TrackingError.BadRequest("too_many_events", $"A batch holds at most {_limits.MaxBatchEvents} events.");
        }
        var context = root.TryGetProperty("context", out var c) ? c : default;
        var integrations = root.TryGetProperty("integrations", out var i) ? i : default;
        var index = 0;
        foreach (var item in batch.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return TrackingError.BadRequest("invalid_request", $"batch[{index}] is not an object.");
            }
            if (JsonMarshal.GetRawUtf8Value(item).Length > _limits.MaxMessageBytes)
            {
                return TrackingError.BadRequest("payload_too_large", $"batch[{index}] exceeds {_limits.MaxMessageBytes / 1024} KB.");
            }
            var typeName = item.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (!CallTypes.TryParse(typeName, out var type))
            {
                return TrackingError.BadRequest("invalid_request", typeName is null
                    ? $"batch[{index}] has no \"type\"."
                    : $"batch[{index}] has an unknown type \"{typeName}\".");
            }
            var error = Route(snapshot, item, type, context, integrations, output, ends, body, rejected, broken);
            if (error is not null)
            {
                return error with { Message = $"batch[{index}]: {error.Message}" };
            }
            index++;
        }
        return null;
    }

    private TrackingError? Route(SchemaSnapshot snapshot, JsonElement message, CallType type, JsonElement context, JsonElement integrations,
        ArrayBufferWriter<byte> output, List<(SpoolRoute, int)> ends, TrackingBody body, List<ReadOnlyMemory<byte>> rejected, RequestViolations broken)
    {
        var decision = router.Route(snapshot, type, message, body);
        if (decision.Routing != Routing.Valid)
        {
            broken.Add(type, decision, message);
        }
        if (decision.Routing == Routing.Reject)
        {
            // Written with its reason attached, like an invalid event, but kept out of the spool.
            var own = new ArrayBufferWriter<byte>();
            MessageWriter.Write(own, message, type, context, integrations, decision.Problems, time.GetUtcNow(), body, _limits.MaxMessageBytes);
            rejected.Add(own.WrittenMemory);
            return null;
        }
        var invalid = decision.Routing == Routing.Invalid;
        MessageWriter.Write(output, message, type, context, integrations, invalid ? decision.Problems : null, time.GetUtcNow(), body, _limits.MaxMessageBytes);
        ends.Add((invalid ? SpoolRoute.Invalid : SpoolRoute.Valid, output.WrittenCount));
        return null;
    }

    private static string InvalidJsonMessage(JsonException exception) =>
        exception.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? "The JSON is nested too deeply."
            : $"The body is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).";
}
