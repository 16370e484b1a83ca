using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Reflekt.Violations;

namespace Reflekt.Server.Violations;

/// <summary>
/// Counts, in memory, the events that break the plan: per schema (or unplanned event name), pointer and kind. Only
/// invalid and refused events reach it, tallied per request while they are routed (<see cref="RequestViolations"/>);
/// a kept request then costs one lookup and one short lock per violation it holds, and a sample is masked only when
/// a violation wants one. Nothing touches the disk per event (<see cref="ViolationFlusher"/> saves the counters with
/// the spool).
/// </summary>
internal sealed class ViolationCounter(IOptions<ViolationOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<ViolationKey, ViolationTally> _tallies = new();
    // The body's writeKey is a credential: masked whatever the list says.
    private readonly ViolationSample _sample = new(new HashSet<string>(options.Value.MaskedNames().Append("writeKey"), StringComparer.OrdinalIgnoreCase));
    private readonly TimeSpan _retention = options.Value.Retention;
    private readonly bool _enabled = options.Value.Enabled;
    private long _changes;

    /// <summary>Bumped on every change, so the flusher writes only when something happened.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>A tally for one request's events; it counts nothing when counting is off.</summary>
    public RequestViolations ForRequest() => new(_enabled);

    /// <summary>Counts the violations of one kept request (a refused request is retried by its SDK and would count twice).</summary>
    public void Record(RequestViolations request)
    {
        if (request.IsEmpty)
        {
            return;
        }
        var now = time.GetUtcNow();
        foreach (var (key, count, message, example) in request.Violations())
        {
            var tally = _tallies.GetOrAdd(key, static _ => new ViolationTally());
            if (tally.Add(now, message, count))
            {
                tally.Sample(now, _sample.Of(example));
            }
        }
        Interlocked.Increment(ref _changes);
    }

    /// <summary>Every violation with an event since <paramref name="since"/>, most frequent first.</summary>
    public ViolationReport Report(DateTimeOffset since)
    {
        var rows = _tallies
            .Select(pair => pair.Value.Report(pair.Key, since))
            .OfType<Violation>()
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.SchemaId ?? v.Event, StringComparer.Ordinal)
            .ThenBy(v => v.Pointer, StringComparer.Ordinal)
            .ThenBy(v => v.Kind, StringComparer.Ordinal)
            .ToList();
        return new ViolationReport(since, rows);
    }

    /// <summary>Everything kept, for saving: hours older than the retention are dropped first.</summary>
    public ViolationReport Everything()
    {
        var cutoff = OldestKept();
        foreach (var (key, tally) in _tallies)
        {
            if (tally.Prune(cutoff))
            {
                _tallies.TryRemove(key, out _);
            }
        }
        return Report(cutoff);
    }

    /// <summary>The start of the retention window: the default `since`.</summary>
    public DateTimeOffset OldestKept() => time.GetUtcNow() - _retention;

    /// <summary>Takes back the counters saved before a restart.</summary>
    public void Restore(ViolationReport saved)
    {
        foreach (var violation in saved.Violations)
        {
            var key = new ViolationKey(violation.SchemaId, violation.Event, violation.Pointer, violation.Kind);
            _tallies.GetOrAdd(key, static _ => new ViolationTally()).Restore(violation);
        }
    }
}
