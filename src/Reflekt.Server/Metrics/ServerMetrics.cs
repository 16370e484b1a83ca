using System.Text;

namespace Reflekt.Server.Metrics;

/// <summary>Counters of the registry server, rendered in the Prometheus text format by GET /metrics.</summary>
internal sealed class ServerMetrics
{
    private long _accepted;
    private long _valid;
    private long _invalid;
    private long _rejected;
    private long _forwarded;
    private long _forwardRetries;
    private long _deadLettered;

    public LatencyHistogram ForwardLatency { get; } = new("reflekt_forward_latency_seconds",
        "Duration of one forward request to Segment's /v1/batch.");

    /// <summary>Where the forwarder's time goes (reflekt_forwarder_seconds_total).</summary>
    public ForwarderPhases Forwarder { get; } = new();

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Forwarded => Interlocked.Read(ref _forwarded);

    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    public void EventsAccepted(int valid, int invalid)
    {
        Interlocked.Add(ref _accepted, valid + invalid);
        Interlocked.Add(ref _valid, valid);
        Interlocked.Add(ref _invalid, invalid);
    }

    public void EventsRejected(int count) => Interlocked.Add(ref _rejected, count);

    public void EventsForwarded(int count) => Interlocked.Add(ref _forwarded, count);

    public void ForwardRetried() => Interlocked.Increment(ref _forwardRetries);

    public void EventsDeadLettered(int count) => Interlocked.Add(ref _deadLettered, count);

    /// <summary>The Prometheus text; dead letters waiting and replayed are counted on disk, since `serve replay` is another process.</summary>
    public string Render(long spoolDepth, int deadLetters = 0, int replayed = 0)
    {
        var text = new StringBuilder(2048);
        Counter(text, "reflekt_events_accepted_total", "Events accepted and spooled.", Accepted);
        Counter(text, "reflekt_events_valid_total", "Accepted events routed to the VALID source.", Interlocked.Read(ref _valid));
        Counter(text, "reflekt_events_invalid_total", "Accepted events routed to the INVALID source.", Interlocked.Read(ref _invalid));
        Counter(text, "reflekt_events_rejected_total", "Events refused (no schema under the reject policy), kept as rejected dead letters.", Interlocked.Read(ref _rejected));
        Counter(text, "reflekt_events_forwarded_total", "Events acknowledged by Segment.", Forwarded);
        Counter(text, "reflekt_forward_retries_total", "Forward requests retried after a 5xx, 429 or network error.", Interlocked.Read(ref _forwardRetries));
        Counter(text, "reflekt_events_dead_lettered_total", "Events Segment refused for good (4xx), kept in the dead-letter folder.", DeadLettered);
        Counter(text, "reflekt_dead_letters_replayed_total", "Dead-lettered batches re-sent by reflekt serve replay and acknowledged by Segment.", replayed);
        text.Append("# HELP reflekt_dead_letters Dead-lettered batches waiting for a replay.\n");
        text.Append("# TYPE reflekt_dead_letters gauge\n");
        text.Append("reflekt_dead_letters ").Append(deadLetters).Append('\n');
        text.Append("# HELP reflekt_spool_depth Events on disk not yet acknowledged by Segment.\n");
        text.Append("# TYPE reflekt_spool_depth gauge\n");
        text.Append("reflekt_spool_depth ").Append(spoolDepth).Append('\n');
        ForwardLatency.WriteTo(text);
        Forwarder.WriteTo(text);
        return text.ToString();
    }

    private static void Counter(StringBuilder text, string name, string help, long value)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
        text.Append("# TYPE ").Append(name).Append(" counter\n");
        text.Append(name).Append(' ').Append(value).Append('\n');
    }
}
