using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Reflekt.Diagnostics;
using Reflekt.Schemas.Calls;
using Reflekt.Validation;
using Reflekt.Violations;

namespace Reflekt.Server.Violations;

/// <summary>
/// Counts, in memory, the events that break the plan: per schema (or unplanned event name), pointer and kind. Only
/// invalid and refused events reach it; a request costs a local count of its events, then one lookup and one short
/// lock per violation it holds. Nothing touches the disk per event (<see cref="ViolationFlusher"/> saves the
/// counters with the spool).
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

    /// <summary>
    /// Counts the broken events of one kept request; each violation once per event, however many of its findings share it.
    /// The request's events are tallied locally first (a batch's invalid events mostly share their violations), so the
    /// shared counters are touched once per violation and request, not once per event.
    /// </summary>
    public void Record(IReadOnlyList<BrokenEvent> events)
    {
        if (events.Count == 0 || !_enabled)
        {
            return;
        }
        var now = time.GetUtcNow();
        var request = new Dictionary<ViolationKey, RequestTally>();
        foreach (var e in events)
        {
            Collect(e, request);
        }
        foreach (var (key, counted) in request)
        {
            var tally = _tallies.GetOrAdd(key, static _ => new ViolationTally());
            // Masking costs, so a sample is taken only when the tally wants one (none yet, or an hour old).
            var sample = tally.WantsSample(now) ? _sample.Of(counted.Example) : null;
            tally.Add(now, counted.Message, sample, counted.Count);
        }
        if (request.Count > 0)
        {
            Interlocked.Increment(ref _changes);
        }
    }

    private static void Collect(BrokenEvent e, Dictionary<ViolationKey, RequestTally> request)
    {
        if (e.Problems.Count == 0)
        {
            return;
        }
        var call = SegmentCall.Of(e.Type, e.Message);
        // A cut emoji leaves a lone surrogate, which no JSON writer accepts: the key keeps U+FFFD in its place, so the
        // report and the saved counters can still be written.
        var eventName = WellFormed(EventNameOf(call, e.Message));
        var schemaId = WellFormed(e.SchemaId);
        var seen = e.Problems.Count == 1 ? null : new HashSet<ViolationKey>();
        foreach (var problem in e.Problems)
        {
            // The validator points into the payload; a violation points into the event (/properties/plan), like the routing checks.
            var pointer = problem.RuleId == ValidationRules.SchemaViolation ? call.PayloadPointer + problem.Pointer : problem.Pointer ?? "";
            var key = new ViolationKey(schemaId, eventName, pointer, ViolationKinds.Of(problem));
            if (seen is not null && !seen.Add(key))
            {
                continue;
            }
            ref var counted = ref CollectionsMarshal.GetValueRefOrAddDefault(request, key, out var exists);
            counted = exists ? counted with { Count = counted.Count + 1, Message = problem.Message } : new RequestTally(1, problem.Message, e.Message);
        }
    }

    /// <summary>One violation within a request: how many of its events broke it, the latest message, the first such event.</summary>
    private readonly record struct RequestTally(long Count, string Message, JsonElement Example);

    // An escaped lone surrogate cannot be decoded at all; its raw text (escapes and all) stands in, as in MessageWriter.
    private static string? EventNameOf(SegmentCall call, JsonElement message)
    {
        try
        {
            return call.EventName;
        }
        catch (InvalidOperationException)
        {
            return message.TryGetProperty("event", out var name) ? name.GetRawText().Trim('"') : null;
        }
    }

    private static string? WellFormed(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
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
