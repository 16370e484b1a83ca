using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Reflekt.Bench.ServerLoad;

/// <summary>
/// Closed-loop load on loopback: N workers each send a request, wait for the answer, send the next, for a fixed
/// time. Reports sustained events/s, request latency p50/p99, and (after the server drained) how many accepted
/// events the stand-in never saw.
/// </summary>
internal static class Load
{
    public static async Task<int> RunAsync(Uri target, Uri standIn, string mode, int seconds, int concurrency, string label, int serverPid)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = target,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("bench-key:")));
        await http.PostAsync(new Uri(standIn, "/reset"), null);
        var eventsPerRequest = mode == "batch" ? 100 : 1;
        var path = mode == "batch" ? "/v1/batch" : "/v1/track";
        var run = Guid.NewGuid().ToString("N")[..8];

        // Warm-up so JIT and connection setup are not measured.
        await Drive(http, auth, path, mode, run + "w", concurrency, TimeSpan.FromSeconds(3));
        var warmup = await DrainAsync(http, standIn, -1);
        await http.PostAsync(new Uri(standIn, "/reset"), null);

        var forwarderBefore = await ServerFiguresAsync(http, target);
        var cpuBefore = ProcessCpu.Seconds(serverPid);
        var stopwatch = Stopwatch.StartNew();
        var results = await Drive(http, auth, path, mode, run, concurrency, TimeSpan.FromSeconds(seconds));
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        var okRequests = results.Sum(r => r.Ok);
        var failed = results.Sum(r => r.Failed);
        var accepted = okRequests * eventsPerRequest;
        var (received, drainSeconds) = await DrainAsync(http, standIn, accepted);
        // CPU the server spent on this run, forwarding included (measured after the drain): a figure that does not
        // depend on how busy the rest of the machine is.
        var cpuSeconds = ProcessCpu.Seconds(serverPid) - cpuBefore;

        var forwarderAfter = forwarderBefore is null ? null : await ServerFiguresAsync(http, target);
        // The share the server routed invalid, from its own counters: the workload says every tenth event, and a
        // schema or routing change that turns every event invalid must show here rather than pass for a slowdown.
        var invalidShare = forwarderBefore is not null && forwarderAfter is not null
            ? (forwarderAfter.GetValueOrDefault("invalid") - forwarderBefore.GetValueOrDefault("invalid")) / (forwarderAfter.GetValueOrDefault("accepted") - forwarderBefore.GetValueOrDefault("accepted"))
            : double.NaN;
        var line = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{label}\tmode={mode}\tconcurrency={concurrency}\tevents/s={accepted / elapsed:F0}\trequests/s={okRequests / elapsed:F0}\tp50_ms={Percentile(latencies, 0.50):F2}\tp99_ms={Percentile(latencies, 0.99):F2}\taccepted={accepted}\tnon200={failed}\treceived={received}\tlost={accepted - received}\tdrain_s={drainSeconds:F1}\tend_to_end_events/s={received / (elapsed + drainSeconds):F0}\te2e_pct={100.0 * (received / (elapsed + drainSeconds)) / (accepted / elapsed):F0}\tserver_cpu_s={cpuSeconds:F1}\tevents_per_cpu_s={(cpuSeconds > 0 ? accepted / cpuSeconds : double.NaN):F0}\tinvalid_pct={100 * invalidShare:F0}");
        Console.WriteLine(line);
        _ = warmup;
        if (forwarderBefore is not null && forwarderAfter is not null)
        {
            // Phases overlap (reading goes on while requests are in flight), so they need not add up to the run's time.
            Console.WriteLine($"# {label}\tmode={mode}\tforwarder seconds during run+drain\t{Delta(forwarderBefore, forwarderAfter)}");
        }
        return accepted == received && failed == 0 ? 0 : 1;
    }

    private static async Task<WorkerResult[]> Drive(HttpClient http, AuthenticationHeaderValue auth, string path, string mode, string run, int concurrency, TimeSpan duration)
    {
        var deadline = DateTime.UtcNow + duration;
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var result = new WorkerResult();
            var sequence = 0;
            while (DateTime.UtcNow < deadline)
            {
                var body = mode == "batch" ? Payloads.Batch(run, w, ref sequence) : Payloads.Single(run, w, ref sequence);
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Authorization = auth;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    result.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (response.IsSuccessStatusCode)
                    {
                        result.Ok++;
                    }
                    else
                    {
                        result.Failed++;
                    }
                }
                catch (HttpRequestException)
                {
                    result.Failed++;
                }
            }
            return result;
        })).ToArray();
        return await Task.WhenAll(workers);
    }

    private static async Task<(long Received, double Seconds)> DrainAsync(HttpClient http, Uri standIn, long expected)
    {
        var stopwatch = Stopwatch.StartNew();
        long received = 0;
        long previous = -1;
        var stableSince = DateTime.UtcNow;
        // Bounded: at most 5 minutes, or 15 s without progress.
        while (stopwatch.Elapsed < TimeSpan.FromMinutes(5))
        {
            using var count = JsonDocument.Parse(await http.GetStringAsync(new Uri(standIn, "/count")));
            received = count.RootElement.GetProperty("distinct").GetInt64();
            if (received == expected)
            {
                break;
            }
            if (received != previous)
            {
                previous = received;
                stableSince = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(expected < 0 ? 2 : 15))
            {
                break;
            }
            await Task.Delay(200);
        }
        return (received, stopwatch.Elapsed.TotalSeconds);
    }

    // Our server's own account of where its forwarder's time went (GET /metrics: wall-clock seconds per phase and
    // the forward requests' count and summed duration) and of the events it accepted and routed invalid; null for
    // the Flask reference, which has none.
    private static async Task<Dictionary<string, double>?> ServerFiguresAsync(HttpClient http, Uri target)
    {
        using var response = await http.GetAsync(new Uri(target, "/metrics"));
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        var figures = new Dictionary<string, double>();
        foreach (var line in (await response.Content.ReadAsStringAsync()).Split('\n'))
        {
            var name = line.StartsWith("reflekt_forwarder_seconds_total{phase=\"", StringComparison.Ordinal) ? line.Split('"')[1]
                : line.StartsWith("reflekt_forward_latency_seconds_sum ", StringComparison.Ordinal) ? "requests_s"
                : line.StartsWith("reflekt_forward_latency_seconds_count ", StringComparison.Ordinal) ? "requests"
                : line.StartsWith("reflekt_events_accepted_total ", StringComparison.Ordinal) ? "accepted"
                : line.StartsWith("reflekt_events_invalid_total ", StringComparison.Ordinal) ? "invalid"
                : null;
            if (name is not null)
            {
                figures[name] = double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return figures;
    }

    private static string Delta(Dictionary<string, double> before, Dictionary<string, double> after) =>
        string.Join('\t', after.Where(pair => pair.Key is not ("accepted" or "invalid")).Select(pair => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{pair.Key}={pair.Value - before.GetValueOrDefault(pair.Key):F2}")));

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed class WorkerResult
    {
        public List<double> Latencies { get; } = new(100_000);
        public long Ok { get; set; }
        public long Failed { get; set; }
    }
}
