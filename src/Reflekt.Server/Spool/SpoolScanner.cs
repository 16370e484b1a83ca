namespace Reflekt.Server.Spool;

/// <summary>Walks a segment file on startup: counts the whole records and finds where the last one ends.</summary>
internal static class SpoolScanner
{
    public static (long Records, long ValidEnd) Scan(string path, long start)
    {
        var bytes = File.ReadAllBytes(path);
        long records = 0;
        var offset = (int)Math.Min(start, bytes.Length);
        while (SpoolRecordFormat.TryFrame(bytes.AsSpan(offset), out _, out var consumed))
        {
            offset += consumed;
            records++;
        }
        return (records, offset);
    }
}
