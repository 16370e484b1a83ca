using System.Globalization;

namespace Reflekt.Server.Spool;

/// <summary>Names and lists the append-only segment files of a spool directory (segment-0000000001.spool, …).</summary>
internal static class SegmentFiles
{
    private const string Prefix = "segment-";
    private const string Suffix = ".spool";

    public static string PathOf(string directory, long segment) =>
        Path.Combine(directory, Prefix + segment.ToString("D10", CultureInfo.InvariantCulture) + Suffix);

    public static IReadOnlyList<long> List(string directory)
    {
        var segments = new List<long>();
        foreach (var file in Directory.EnumerateFiles(directory, Prefix + "*" + Suffix))
        {
            var name = Path.GetFileName(file);
            var digits = name[Prefix.Length..^Suffix.Length];
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var segment))
            {
                segments.Add(segment);
            }
        }
        segments.Sort();
        return segments;
    }
}
