using System.Runtime.InteropServices;
using System.Text.Json;
using Reflekt.Diagnostics;
using Reflekt.Schemas.Calls;
using Reflekt.Server.Ingestion;
using Reflekt.Server.Validation;
using Reflekt.Validation;
using Reflekt.Violations;

namespace Reflekt.Server.Violations;

/// <summary>
/// The violations of one request, tallied while its events are routed: each broken event adds its findings to a
/// local count, keyed by what routing already produced (schema id, event name, call type, the finding's rule,
/// pointer and schema location), so nothing is allocated or locked per finding and the message is not read
/// again once the request has waited for the spool. <see cref="ViolationCounter.Record"/> then touches the shared
/// counters once per violation of the request.
/// </summary>
internal sealed class RequestViolations(bool counting)
{
    // Above this many findings an event's duplicates are found with a set rather than by comparing every pair.
    private const int PairwiseLimit = 16;

    private readonly Dictionary<Finding, Counted> _counted = [];
    private int _events;

    /// <summary>Counts the findings of an event routed invalid or refused; each violation once, however many of its findings share it.</summary>
    public void Add(CallType type, in RoutingDecision decision, JsonElement message)
    {
        var problems = decision.Problems;
        if (!counting || problems.Count == 0)
        {
            return;
        }
        var call = SegmentCall.Of(type, message);
        var eventName = decision.EventName ?? EventNameOf(call);
        var index = _events++;
        var seen = problems.Count > PairwiseLimit ? new HashSet<(string?, string)>() : null;
        for (var i = 0; i < problems.Count; i++)
        {
            var problem = problems[i];
            if (seen is not null ? !seen.Add((problem.Pointer, ViolationKinds.Of(problem))) : RepeatsAnEarlier(problems, i))
            {
                continue;
            }
            var finding = new Finding(type, decision.SchemaId, eventName, problem.RuleId, problem.Pointer, problem.SchemaLocation);
            ref var counted = ref CollectionsMarshal.GetValueRefOrAddDefault(_counted, finding, out var exists);
            counted = exists ? counted with { Count = counted.Count + 1, Latest = problem, LatestEvent = index } : new Counted(1, problem, index, message, index);
        }
    }

    /// <summary>
    /// The request's violations as the shared counters key them: findings that name the same violation (the same
    /// kind at the same pointer from different schema locations) are added up, with the latest event's message and
    /// the first event as the example.
    /// </summary>
    public IEnumerable<(ViolationKey Key, long Count, string Message, JsonElement Example)> Violations()
    {
        if (_counted.Count == 1)
        {
            var (finding, counted) = _counted.First();
            return [(KeyOf(finding, counted.Latest), counted.Count, counted.Latest.Message, counted.Example)];
        }
        var merged = new Dictionary<ViolationKey, Counted>();
        foreach (var (finding, counted) in _counted)
        {
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(merged, KeyOf(finding, counted.Latest), out var exists);
            sum = !exists ? counted : new Counted(
                sum.Count + counted.Count,
                counted.LatestEvent > sum.LatestEvent ? counted.Latest : sum.Latest,
                Math.Max(counted.LatestEvent, sum.LatestEvent),
                counted.FirstEvent < sum.FirstEvent ? counted.Example : sum.Example,
                Math.Min(counted.FirstEvent, sum.FirstEvent));
        }
        return merged.Select(pair => (pair.Key, pair.Value.Count, pair.Value.Latest.Message, pair.Value.Example));
    }

    /// <summary>Whether the request holds no violation.</summary>
    public bool IsEmpty => _counted.Count == 0;

    // Findings of one event are one violation when they have the same kind at the same place. Routing findings and
    // schema violations never share a place (schema violations point into the payload, which no routing check does
    // alongside them), so the rule and the pointer as the finding holds it decide, then the kind.
    private static bool RepeatsAnEarlier(IReadOnlyList<Diagnostic> problems, int index)
    {
        var problem = problems[index];
        for (var j = 0; j < index; j++)
        {
            var earlier = problems[j];
            if (earlier.RuleId == problem.RuleId && earlier.Pointer == problem.Pointer && ViolationKinds.SameKind(earlier, problem))
            {
                return true;
            }
        }
        return false;
    }

    // The validator points into the payload; a violation points into the event (/properties/plan), like the routing checks.
    private static ViolationKey KeyOf(Finding finding, Diagnostic problem)
    {
        var pointer = finding.RuleId == ValidationRules.SchemaViolation
            ? SegmentCall.Of(finding.Type, default).PayloadPointer + finding.Pointer
            : finding.Pointer ?? "";
        return new ViolationKey(finding.SchemaId, finding.Event, pointer, ViolationKinds.Of(problem));
    }

    // Only a track, page or screen call reads its name from the message, and only there can it fail to decode.
    private static string? EventNameOf(SegmentCall call)
    {
        try
        {
            return call.EventName;
        }
        catch (InvalidOperationException)
        {
            var member = call.Type == CallType.Track ? "event" : "name";
            return call.Message.TryGetProperty(member, out var name) ? ReadableText.Of(name) : null;
        }
    }

    /// <summary>One finding as routing produced it, before it is named as a violation.</summary>
    private readonly record struct Finding(CallType Type, string? SchemaId, string? Event, string RuleId, string? Pointer, string? SchemaLocation);

    /// <summary>How many of the request's events had the finding, the latest one's finding (its message) and the first one.</summary>
    private readonly record struct Counted(long Count, Diagnostic Latest, int LatestEvent, JsonElement Example, int FirstEvent);
}
