using System.Diagnostics;
using System.Text;

namespace Reflekt.Server.Metrics;

/// <summary>What the forwarder spends its time on, cumulated; GET /metrics shows it, so where a backlog comes from can be read off.</summary>
internal sealed class ForwarderPhases
{
    /// <summary>The forwarder's phases, as the `phase` label of `reflekt_forwarder_seconds_total`.</summary>
    public enum Phase
    {
        /// <summary>Nothing beyond what was read: waiting for ingestion to append.</summary>
        Idle,

        /// <summary>Waiting for a fuller batch (less than one batch of bytes was pending).</summary>
        Linger,

        /// <summary>Reading and checking a window of records from the spool.</summary>
        Read,

        /// <summary>Cutting a window into Segment batch bodies.</summary>
        Build,

        /// <summary>Every forward request slot was busy: the downstream set the pace.</summary>
        SlotWait,

        /// <summary>Writing the committed offset (the delivered windows, coalesced).</summary>
        Commit,
    }

    private static readonly string[] Names = ["idle", "linger", "read", "build", "slot_wait", "commit"];
    private readonly long[] _ticks = new long[Names.Length];

    public void Add(Phase phase, long startedTimestamp) =>
        Interlocked.Add(ref _ticks[(int)phase], Stopwatch.GetTimestamp() - startedTimestamp);

    public double Seconds(Phase phase) => (double)Interlocked.Read(ref _ticks[(int)phase]) / Stopwatch.Frequency;

    public void WriteTo(StringBuilder text)
    {
        text.Append("# HELP reflekt_forwarder_seconds_total Wall-clock seconds the forwarder spent per phase (requests themselves: reflekt_forward_latency_seconds).\n");
        text.Append("# TYPE reflekt_forwarder_seconds_total counter\n");
        for (var i = 0; i < Names.Length; i++)
        {
            text.Append("reflekt_forwarder_seconds_total{phase=\"").Append(Names[i]).Append("\"} ")
                .Append(Seconds((Phase)i).ToString("F6", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}
