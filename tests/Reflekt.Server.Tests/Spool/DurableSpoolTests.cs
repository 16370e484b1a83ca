using System.Text;
using Reflekt.Server.Spool;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Spool;

public sealed class DurableSpoolTests
{
    private static SpoolEntry Entry(string json, SpoolRoute route = SpoolRoute.Valid) => new(route, Encoding.UTF8.GetBytes(json));

    private static string Text(SpoolRecord record) => Encoding.UTF8.GetString(record.Entry.Json.Span);

    [Fact]
    public async Task Appended_records_read_back_in_order_with_their_routes()
    {
        using var dir = new TemporaryDirectory();
        await using var spool = DurableSpool.Open(dir.Path, 1024 * 1024);
        await spool.AppendAsync([Entry("{\"a\":1}"), Entry("{\"b\":2}", SpoolRoute.Invalid)], CancellationToken.None);
        await spool.AppendAsync([Entry("{\"c\":3}")], CancellationToken.None);

        var records = spool.Read(spool.Committed, 100, 1 << 20);

        Assert.Equal(["{\"a\":1}", "{\"b\":2}", "{\"c\":3}"], records.Select(Text));
        Assert.Equal([SpoolRoute.Valid, SpoolRoute.Invalid, SpoolRoute.Valid], records.Select(r => r.Entry.Route));
        Assert.Equal(3, spool.PendingRecords);
    }

    [Fact]
    public async Task Reopening_resumes_after_the_committed_offset()
    {
        using var dir = new TemporaryDirectory();
        await using (var spool = DurableSpool.Open(dir.Path, 1024 * 1024))
        {
            await spool.AppendAsync([Entry("{\"n\":1}"), Entry("{\"n\":2}"), Entry("{\"n\":3}")], CancellationToken.None);
            var first = spool.Read(spool.Committed, 1, 1 << 20);
            spool.Commit(first[0].Next, 1);
        }

        await using var reopened = DurableSpool.Open(dir.Path, 1024 * 1024);

        Assert.Equal(2, reopened.PendingRecords);
        Assert.Equal(["{\"n\":2}", "{\"n\":3}"], reopened.Read(reopened.Committed, 100, 1 << 20).Select(Text));
    }

    [Fact]
    public async Task A_torn_tail_is_cut_on_recovery_and_later_appends_follow_the_last_whole_record()
    {
        using var dir = new TemporaryDirectory();
        await using (var spool = DurableSpool.Open(dir.Path, 1024 * 1024))
        {
            await spool.AppendAsync([Entry("{\"n\":1}"), Entry("{\"n\":2}")], CancellationToken.None);
        }
        var segment = Directory.GetFiles(dir.Path, "segment-*.spool").Single();
        var whole = new FileInfo(segment).Length;
        // A crash in the middle of the next write: a header promising more bytes than were written.
        await using (var file = new FileStream(segment, FileMode.Append))
        {
            file.Write([200, 0, 0, 0, 1, 2, 3, 4, 0, (byte)'{']);
        }

        await using var reopened = DurableSpool.Open(dir.Path, 1024 * 1024);
        Assert.Equal(whole, new FileInfo(segment).Length);
        await reopened.AppendAsync([Entry("{\"n\":3}")], CancellationToken.None);

        Assert.Equal(["{\"n\":1}", "{\"n\":2}", "{\"n\":3}"], reopened.Read(reopened.Committed, 100, 1 << 20).Select(Text));
    }

    [Fact]
    public async Task A_corrupt_record_in_the_tail_stops_recovery_there()
    {
        using var dir = new TemporaryDirectory();
        await using (var spool = DurableSpool.Open(dir.Path, 1024 * 1024))
        {
            await spool.AppendAsync([Entry("{\"n\":1}"), Entry("{\"n\":2}")], CancellationToken.None);
        }
        var segment = Directory.GetFiles(dir.Path, "segment-*.spool").Single();
        var bytes = File.ReadAllBytes(segment);
        bytes[^2] ^= 0xFF; // flip a payload byte of the last record: its checksum no longer matches
        File.WriteAllBytes(segment, bytes);

        await using var reopened = DurableSpool.Open(dir.Path, 1024 * 1024);

        Assert.Equal(["{\"n\":1}"], reopened.Read(reopened.Committed, 100, 1 << 20).Select(Text));
    }

    [Fact]
    public async Task Segments_rotate_and_delivered_segments_are_deleted()
    {
        using var dir = new TemporaryDirectory();
        await using var spool = DurableSpool.Open(dir.Path, 1024);
        var payload = "{\"pad\":\"" + new string('x', 300) + "\"}";
        for (var i = 0; i < 10; i++)
        {
            await spool.AppendAsync([Entry(payload)], CancellationToken.None);
        }
        Assert.True(Directory.GetFiles(dir.Path, "segment-*.spool").Length > 2);

        var records = spool.Read(spool.Committed, 100, 1 << 20);
        Assert.Equal(10, records.Count);
        spool.Commit(records[^1].Next, records.Count);

        Assert.Equal(0, spool.PendingRecords);
        // The drained segment is reclaimed by the writer right after the commit.
        await Eventually.TrueAsync(() => Directory.GetFiles(dir.Path, "segment-*.spool") is [var only] && new FileInfo(only).Length == 0,
            "one empty segment left");
    }

    [Fact]
    public async Task Concurrent_appends_all_land()
    {
        using var dir = new TemporaryDirectory();
        await using var spool = DurableSpool.Open(dir.Path, 64 * 1024);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => spool.AppendAsync([Entry($"{{\"n\":{i}}}")], CancellationToken.None))));

        var seen = new List<string>();
        var position = spool.Committed;
        while (true)
        {
            var records = spool.Read(position, 50, 1 << 20);
            if (records.Count == 0)
            {
                break;
            }
            seen.AddRange(records.Select(Text));
            position = records[^1].Next;
        }

        Assert.Equal(200, seen.Distinct().Count());
    }

    // The forwarder reads ahead while a second loop commits what was delivered, and a commit deletes every segment
    // before it: a read of a segment deleted under it once failed with "Could not find file" and stalled forwarding
    // for a back-off. Small segments make rotations, deletions and reads overlap thousands of times here.
    [Fact]
    public async Task Reading_ahead_while_commits_delete_delivered_segments_reads_every_record_once()
    {
        using var dir = new TemporaryDirectory();
        await using var spool = DurableSpool.Open(dir.Path, 1024);
        const int total = 1800;
        var payload = new string('x', 100);
        var appending = Task.Run(async () =>
        {
            for (var i = 0; i < total; i += 3)
            {
                await spool.AppendAsync(
                    [.. Enumerable.Range(i, 3).Select(n => Entry($"{{\"n\":{n},\"pad\":\"{payload}\"}}"))], CancellationToken.None);
            }
        });
        var read = System.Threading.Channels.Channel.CreateUnbounded<(SpoolPosition End, int Count)>();
        var committing = Task.Run(async () =>
        {
            await foreach (var (end, count) in read.Reader.ReadAllAsync())
            {
                spool.Commit(end, count);
            }
        });

        var seen = new List<int>();
        var position = spool.Committed;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (seen.Count < total)
        {
            await spool.WaitForDataAsync(position, timeout.Token);
            var records = spool.Read(position, 7, 1 << 20);
            if (records.Count == 0)
            {
                position = spool.Committed > position ? spool.Committed : position;
                continue;
            }
            seen.AddRange(records.Select(r => System.Text.Json.JsonDocument.Parse(r.Entry.Json).RootElement.GetProperty("n").GetInt32()));
            position = records[^1].Next;
            read.Writer.TryWrite((position, records.Count));
        }
        read.Writer.Complete();
        await Task.WhenAll(appending, committing);

        Assert.Equal(Enumerable.Range(0, total), seen);
        Assert.Equal(0, spool.PendingRecords);
    }

    [Fact]
    public async Task A_second_server_on_the_same_spool_directory_is_refused_until_the_first_closes()
    {
        using var dir = new TemporaryDirectory();
        var first = DurableSpool.Open(dir.Path, 1024 * 1024);

        var refused = Assert.Throws<ReflektException>(() => DurableSpool.Open(dir.Path, 1024 * 1024));
        await first.DisposeAsync();
        await using var second = DurableSpool.Open(dir.Path, 1024 * 1024);

        Assert.Contains("in use by another server", refused.Message);
    }
}
