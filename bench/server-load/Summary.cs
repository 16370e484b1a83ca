using System.Globalization;

namespace Reflekt.Bench.ServerLoad;

/// <summary>
/// Reads the lines `load` printed over several rounds and prints medians, ratios of runs made in the same round
/// (so both sides saw the same machine load), and the verdicts of issue 19's targets.
/// </summary>
internal static class Summary
{
    public const string Reflekt = "reflekt";
    public const string Flask = "flask-reference";
    public const string ViolationsOff = "reflekt-violations-off";

    /// <summary>End-to-end batch throughput must be at least this share of accepted throughput.</summary>
    private const double EndToEndTarget = 0.80;

    /// <summary>Counting violations may cost at most this share of accepted batch throughput.</summary>
    private const double ViolationsBudget = 0.05;

    public static int Print(string path)
    {
        var runs = File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Parse).ToList();
        Console.WriteLine("# summary: medians over rounds; ratios are per round, then the median");
        foreach (var group in runs.GroupBy(r => (r.Label, r.Mode)))
        {
            Console.WriteLine(Invariant($"{group.Key.Label}\tmode={group.Key.Mode}\truns={group.Count()}\taccepted_events/s={Median(group.Select(r => r.Accepted)):F0}\tend_to_end_events/s={Median(group.Select(r => r.EndToEnd)):F0}\te2e/accepted={Median(group.Select(r => r.EndToEnd / r.Accepted)):P0}\tevents_per_cpu_s={Median(group.Select(r => r.PerCpuSecond)):F0}\tinvalid={Median(group.Select(r => r.InvalidPercent)):F0}%\tlost={group.Sum(r => r.Lost)}"));
        }
        foreach (var mode in new[] { "single", "batch" })
        {
            var accepted = Ratios(runs, Reflekt, Flask, mode, r => r.Accepted);
            var endToEnd = Ratios(runs, Reflekt, Flask, mode, r => r.EndToEnd);
            if (accepted.Count > 0)
            {
                Console.WriteLine(Invariant($"reflekt/flask\tmode={mode}\taccepted={Median(accepted):F1}x\tend_to_end={Median(endToEnd):F1}x\t(per round: {string.Join(", ", accepted.Select(x => Invariant($"{x:F1}x")))} / {string.Join(", ", endToEnd.Select(x => Invariant($"{x:F1}x")))})"));
            }
        }

        var status = 0;
        var share = runs.Where(r => r.Label == Reflekt && r.Mode == "batch").Select(r => r.EndToEnd / r.Accepted).ToList();
        if (share.Count > 0)
        {
            var met = Median(share) >= EndToEndTarget;
            status |= met ? 0 : 1;
            Console.WriteLine(Invariant($"VERDICT end-to-end/accepted (batch, reflekt) = {Median(share):P0} (target >= {EndToEndTarget:P0}; per round {string.Join(", ", share.Select(x => Invariant($"{x:P0}")))}): {(met ? "MET" : "NOT MET")}"));
        }
        var onOff = Ratios(runs, Reflekt, ViolationsOff, "batch", r => r.Accepted);
        if (onOff.Count > 0)
        {
            var cost = 1 - Median(onOff);
            var cpuCost = 1 - Median(Ratios(runs, Reflekt, ViolationsOff, "batch", r => r.PerCpuSecond));
            var met = cost < ViolationsBudget;
            status |= met ? 0 : 1;
            Console.WriteLine(Invariant($"VERDICT violations counting cost (batch accepted events/s, on vs off) = {cost:P1} (budget < {ViolationsBudget:P0}; per round on/off {string.Join(", ", onOff.Select(x => Invariant($"{x:F3}")))}; per server CPU-second {cpuCost:P1}): {(met ? "MET" : "NOT MET")}"));
        }
        if (runs.Any(r => r.Lost != 0))
        {
            Console.WriteLine("VERDICT lost events: some accepted events never reached the stand-in, or requests failed");
            status = 1;
        }
        return status;
    }

    // The i-th run of one label against the i-th run of the other (same round).
    private static List<double> Ratios(List<Run> runs, string over, string under, string mode, Func<Run, double> figure)
    {
        var top = runs.Where(r => r.Label == over && r.Mode == mode).ToList();
        var bottom = runs.Where(r => r.Label == under && r.Mode == mode).ToList();
        return top.Zip(bottom, (a, b) => figure(a) / figure(b)).ToList();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static Run Parse(string line)
    {
        var fields = line.Split('\t');
        var values = fields.Skip(1).Select(f => f.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        double Number(string key) => double.Parse(values[key], CultureInfo.InvariantCulture);
        return new Run(fields[0], values["mode"], Number("events/s"), Number("end_to_end_events/s"), Number("events_per_cpu_s"), (long)Number("lost") + (long)Number("non200"),
            values.TryGetValue("invalid_pct", out var invalid) ? double.Parse(invalid, CultureInfo.InvariantCulture) : double.NaN);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <param name="InvalidPercent">The share of accepted events the server routed invalid (NaN for the Flask reference).</param>
    private sealed record Run(string Label, string Mode, double Accepted, double EndToEnd, double PerCpuSecond, long Lost, double InvalidPercent);
}
