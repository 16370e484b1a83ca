using System.Text.Json.Nodes;
using Reflekt.Violations;

namespace Reflekt.Server.Violations;

/// <summary>The counters of one violation: events per UTC hour, first and last seen, the latest message and one sample.</summary>
/// <remarks>Locked per tally: ingestion threads of different violations never wait for each other.</remarks>
internal sealed class ViolationTally
{
    private static readonly TimeSpan SampleRefresh = TimeSpan.FromHours(1);

    private readonly Lock _lock = new();
    private readonly SortedDictionary<DateTimeOffset, long> _hourly = [];
    private DateTimeOffset _firstSeen = DateTimeOffset.MaxValue;
    private DateTimeOffset _lastSeen = DateTimeOffset.MinValue;
    private DateTimeOffset _sampledAt = DateTimeOffset.MinValue;
    private string _message = "";
    private string? _sample;

    /// <summary>
    /// Adds <paramref name="count"/> events at <paramref name="now"/>; true when a new sample is due (none yet, or the
    /// one kept is over an hour old), which the caller then takes with <see cref="Sample"/>: masking costs, so it is rare.
    /// </summary>
    public bool Add(DateTimeOffset now, string message, long count)
    {
        var hour = HourOf(now);
        lock (_lock)
        {
            _hourly[hour] = _hourly.GetValueOrDefault(hour) + count;
            _firstSeen = now < _firstSeen ? now : _firstSeen;
            if (now >= _lastSeen)
            {
                _lastSeen = now;
                _message = message;
            }
            return _sample is null || now - _sampledAt >= SampleRefresh;
        }
    }

    /// <summary>Keeps a sample taken at <paramref name="now"/>; null (an event that cannot be written back) keeps the old one.</summary>
    public void Sample(DateTimeOffset now, string? sample)
    {
        if (sample is null)
        {
            return;
        }
        lock (_lock)
        {
            _sample = sample;
            _sampledAt = now;
        }
    }

    /// <summary>Takes back what a saved report said about this violation (on start).</summary>
    public void Restore(Violation saved)
    {
        lock (_lock)
        {
            foreach (var hour in saved.Hourly)
            {
                _hourly[HourOf(hour.Hour)] = _hourly.GetValueOrDefault(HourOf(hour.Hour)) + hour.Count;
            }
            _firstSeen = saved.FirstSeen < _firstSeen ? saved.FirstSeen : _firstSeen;
            if (saved.LastSeen >= _lastSeen)
            {
                _lastSeen = saved.LastSeen;
                _message = saved.Message;
            }
            if (saved.Sample is not null && _sample is null)
            {
                _sample = saved.Sample.ToJsonString();
                _sampledAt = saved.LastSeen;
            }
        }
    }

    /// <summary>Drops hours before <paramref name="cutoff"/>; true when nothing is left.</summary>
    public bool Prune(DateTimeOffset cutoff)
    {
        lock (_lock)
        {
            foreach (var hour in _hourly.Keys.Where(h => h < HourOf(cutoff)).ToList())
            {
                _hourly.Remove(hour);
            }
            return _hourly.Count == 0;
        }
    }

    /// <summary>The violation as reported for the window from <paramref name="since"/>; null when it had no event since then.</summary>
    public Violation? Report(ViolationKey key, DateTimeOffset since)
    {
        lock (_lock)
        {
            if (_lastSeen < since)
            {
                return null;
            }
            var first = HourOf(since);
            var hourly = _hourly.Where(h => h.Key >= first).Select(h => new HourlyCount(h.Key, h.Value)).ToList();
            var count = hourly.Sum(h => h.Count);
            return count == 0
                ? null
                : new Violation(key.SchemaId, key.Event, key.Pointer, key.Kind, _message, count, _firstSeen, _lastSeen, hourly,
                    _sample is null ? null : JsonNode.Parse(_sample) as JsonObject);
        }
    }

    private static DateTimeOffset HourOf(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }
}
