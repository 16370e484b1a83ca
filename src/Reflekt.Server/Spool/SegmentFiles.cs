using System.Globalization;

namespace Reflekt.Server.Spool;

/// <summary>Names and lists the append-only segment files of a spool directory (segment-0000000001.spool, …).</summary>
internal static class SegmentFiles
{
    private const string Prefix = "segment-";
    private const string Suffix = ".spool";

    public static string PathOf(string directory, long segment) =>
        Path.Combine(directory, Prefix + segment.ToString("D10", CultureInfo.InvariantCulture) + Suffix);

    /// <summary>
    /// The segment file's length, 0 once it is gone: a delivered segment is deleted by the committing thread or the
    /// writer while the forwarder may be reading, so "exists, then ask its length" would race.
    /// </summary>
    public static long LengthOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

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
