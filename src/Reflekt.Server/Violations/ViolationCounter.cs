using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Reflekt.Diagnostics;
using Reflekt.Schemas.Calls;
using Reflekt.Validation;
using Reflekt.Violations;

namespace Reflekt.Server.Violations;

/// <summary>
/// Counts, in memory, the events that break the plan: per schema (or unplanned event name), pointer and kind. Only
/// invalid and refused events reach it, and they cost a dictionary lookup and a short lock; nothing touches the disk
/// per event (<see cref="ViolationFlusher"/> saves the counters with the spool).
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

    /// <summary>Counts one event that failed <paramref name="problems"/>; each violation once, however many of its findings share it.</summary>
    public void Record(CallType type, JsonElement message, string? schemaId, IReadOnlyList<Diagnostic> problems)
    {
        if (problems.Count == 0 || !_enabled)
        {
            return;
        }
        var now = time.GetUtcNow();
        var call = SegmentCall.Of(type, message);
        // A cut emoji leaves a lone surrogate, which no JSON writer accepts: the key keeps U+FFFD in its place, so the
        // report and the saved counters can still be written.
        var eventName = WellFormed(EventNameOf(call, message));
        schemaId = WellFormed(schemaId);
        string? sample = null;
        var seen = problems.Count == 1 ? null : new HashSet<ViolationKey>();
        foreach (var problem in problems)
        {
            // The validator points into the payload; a violation points into the event (/properties/plan), like the routing checks.
            var pointer = problem.RuleId == ValidationRules.SchemaViolation ? call.PayloadPointer + problem.Pointer : problem.Pointer ?? "";
            var key = new ViolationKey(schemaId, eventName, pointer, ViolationKinds.Of(problem));
            if (seen is not null && !seen.Add(key))
            {
                continue;
            }
            var tally = _tallies.GetOrAdd(key, static _ => new ViolationTally());
            var wantsSample = tally.WantsSample(now);
            if (wantsSample)
            {
                sample ??= _sample.Of(message);
            }
            tally.Add(now, problem.Message, wantsSample ? sample : null);
        }
        Interlocked.Increment(ref _changes);
    }

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
