using System.Text;
using Reflekt.Server.Spool;
using Reflekt.Server.Tests.Support;
using Reflekt.Testing;

namespace Reflekt.Server.Tests.Spool;

/// <summary>
/// A spool written before the checksum moved to System.IO.Hashing (Fixtures/v1-spool, written by the hand-rolled
/// CRC-32 of that time) still opens with every record intact: spools survive an upgrade of `reflekt serve`.
/// </summary>
public sealed class SpoolFormatCompatibilityTests
{
    private static string FixtureSegment => Path.Combine(
        SharedFixtures.RepositoryRoot, "tests", "Reflekt.Server.Tests", "Spool", "Fixtures", "v1-spool", "segment-0000000001.spool");

    [Fact]
    public async Task A_spool_written_by_the_earlier_checksum_code_reads_back_whole()
    {
        using var dir = new TemporaryDirectory();
        File.Copy(FixtureSegment, Path.Combine(dir.Path, "segment-0000000001.spool"));
        var size = new FileInfo(FixtureSegment).Length;

        await using var spool = DurableSpool.Open(dir.Path, 1024 * 1024);
        var records = spool.Read(spool.Committed, 100, 1 << 20);

        Assert.Equal(3, spool.PendingRecords);
        Assert.Equal(
            [
                "{\"type\":\"track\",\"event\":\"Order Completed\",\"userId\":\"u-1\",\"properties\":{\"revenue\":14.99}}",
                "{\"type\":\"track\",\"event\":\"Unknown\",\"userId\":\"u-2\",\"properties\":null}",
                "{\"type\":\"identify\",\"userId\":\"ü-3\",\"traits\":{\"name\":\"Zoë Ångström – 日本\"}}",
            ],
            records.Select(r => Encoding.UTF8.GetString(r.Entry.Json.Span)));
        Assert.Equal([SpoolRoute.Valid, SpoolRoute.Invalid, SpoolRoute.Valid], records.Select(r => r.Entry.Route));

        // Recovery cut nothing: every checksum matched.
        Assert.Equal(size, new FileInfo(Path.Combine(dir.Path, "segment-0000000001.spool")).Length);
    }

    [Fact]
    public void Records_framed_now_match_the_bytes_of_the_earlier_format()
    {
        var fixture = File.ReadAllBytes(FixtureSegment);
        var json = Encoding.UTF8.GetBytes("{\"type\":\"track\",\"event\":\"Order Completed\",\"userId\":\"u-1\",\"properties\":{\"revenue\":14.99}}");
        var entry = new SpoolEntry(SpoolRoute.Valid, json);
        var framed = new byte[SpoolRecordFormat.FramedSize(entry)];

        SpoolRecordFormat.Write(framed, entry);

        Assert.Equal(fixture[..framed.Length], framed);
    }
}
