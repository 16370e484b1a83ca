using System.Buffers;
using System.Threading.Channels;

namespace Reflekt.Server.Spool;

/// <summary>
/// The on-disk queue between ingestion and forwarding: append-only segment files of checksummed records and
/// a committed-offset file. Appends are group-committed: one writer thread writes every waiting request and
/// covers them all with one fsync, then releases their 200s. Space is reclaimed as soon as the backlog drains (the
/// writer rotates to a fresh segment and deletes the delivered one), not only at segment rotation, so a small
/// volume does not fill up with delivered events; an optional byte bound refuses appends beyond it.
/// </summary>
internal sealed class DurableSpool : IAsyncDisposable
{
    private readonly string _directory;
    private readonly long _segmentBytes;
    private readonly long _maxBytes;
    private readonly Lock _offsetLock = new();
    private long _bytesOnDisk;
    private volatile string? _appendError;
    private volatile bool _full;
    private readonly CommittedOffsetFile _offsetFile;
    private readonly Channel<PendingAppend> _appends = Channel.CreateUnbounded<PendingAppend>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _stateLock = new();
    private readonly Thread _writer;
    private readonly FileStream _lock;
    private FileStream _current;
    private SpoolPosition _durableEnd;
    private SpoolPosition _committed;
    private long _pendingRecords;
    private TaskCompletionSource _dataAppended = NewSignal();

    private DurableSpool(FileStream directoryLock, string directory, long segmentBytes, long maxBytes, SpoolPosition committed, SpoolPosition end, long pending)
    {
        _lock = directoryLock;
        _directory = directory;
        _maxBytes = maxBytes;
        // Under a byte bound, segments are small enough that rotation reclaims space well before the bound.
        _segmentBytes = maxBytes > 0 ? Math.Max(1024, Math.Min(segmentBytes, maxBytes / 4)) : segmentBytes;
        _bytesOnDisk = SegmentFiles.List(directory).Sum(s => new FileInfo(SegmentFiles.PathOf(directory, s)).Length);
        _offsetFile = new CommittedOffsetFile(directory);
        _committed = committed;
        _durableEnd = end;
        _pendingRecords = pending;
        _current = OpenForAppend(end);
        // A dedicated thread: it blocks in fsync most of the time, which on a thread-pool thread would starve
        // the request handlers on a small machine.
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "reflekt-spool-writer" };
        _writer.Start();
    }

    /// <summary>
    /// Opens (or creates) the spool in <paramref name="directory"/>, cutting a torn tail left by a crash;
    /// <paramref name="maxBytes"/> bounds its segment files (0: only the disk does).
    /// </summary>
    public static DurableSpool Open(string directory, long segmentBytes, long maxBytes = 0)
    {
        Directory.CreateDirectory(directory);
        var directoryLock = Lock(directory);
        var committed = new CommittedOffsetFile(directory).Read();
        var segments = SegmentFiles.List(directory);
        foreach (var old in segments.Where(s => s < committed.Segment))
        {
            File.Delete(SegmentFiles.PathOf(directory, old));
        }
        var live = segments.Where(s => s >= committed.Segment).ToList();
        if (live.Count == 0)
        {
            // A fresh spool, or every segment was delivered and removed: start a new segment after it.
            var fresh = committed.Offset == 0 ? committed : new SpoolPosition(committed.Segment + 1, 0);
            if (fresh != committed)
            {
                new CommittedOffsetFile(directory).Write(fresh);
            }
            return new DurableSpool(directoryLock, directory, segmentBytes, maxBytes, fresh, fresh, 0);
        }

        long pending = 0;
        var end = committed;
        foreach (var segment in live)
        {
            var start = segment == committed.Segment ? committed.Offset : 0;
            var (count, validEnd) = SpoolScanner.Scan(SegmentFiles.PathOf(directory, segment), start);
            pending += count;
            end = new SpoolPosition(segment, validEnd);
            if (segment == live[^1])
            {
                TruncateTail(SegmentFiles.PathOf(directory, segment), validEnd);
            }
        }
        return new DurableSpool(directoryLock, directory, segmentBytes, maxBytes, committed, end, pending);
    }

    /// <summary>The position up to which every record is on disk.</summary>
    public SpoolPosition DurableEnd
    {
        get { lock (_stateLock) { return _durableEnd; } }
    }

    /// <summary>The position up to which every record has been delivered.</summary>
    public SpoolPosition Committed
    {
        get { lock (_stateLock) { return _committed; } }
    }

    /// <summary>Records on disk not yet delivered (the spool depth).</summary>
    public long PendingRecords => Interlocked.Read(ref _pendingRecords);

    /// <summary>Bytes of segment files on disk (delivered records included until their space is reclaimed).</summary>
    public long BytesOnDisk => Interlocked.Read(ref _bytesOnDisk);

    /// <summary>The byte bound (`--spool-max-bytes`), 0 when only the disk bounds the spool.</summary>
    public long MaxBytes => _maxBytes;

    /// <summary>Whether the byte bound refused the last request (until space is reclaimed or an append fits again).</summary>
    public bool IsFull => _full;

    /// <summary>Why the last append failed (a full disk, say); null once an append succeeds again.</summary>
    public string? AppendError => _appendError;

    /// <summary>Appends the entries of one request; completes once they are fsynced.</summary>
    /// <exception cref="SpoolFullException">The byte bound would be exceeded.</exception>
    public Task AppendAsync(IReadOnlyList<SpoolEntry> entries, CancellationToken cancellationToken)
    {
        if (_maxBytes > 0)
        {
            var needed = entries.Sum(e => (long)SpoolRecordFormat.FramedSize(e));
            if (BytesOnDisk + needed > _maxBytes)
            {
                _full = true;
                throw new SpoolFullException(BytesOnDisk, _maxBytes);
            }
        }
        var pending = new PendingAppend(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_appends.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(DurableSpool));
        }
        // The caller may stop waiting, but the append itself is not withdrawn: it may already be on disk.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Waits until something lies beyond <paramref name="position"/>.</summary>
    public async Task WaitForDataAsync(SpoolPosition position, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_stateLock)
            {
                if (position < _durableEnd)
                {
                    return;
                }
                signal = _dataAppended.Task;
            }
            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads whole records from <paramref name="from"/> up to the durable end, within the given bounds. Their JSON
    /// points into one chunk read per segment (no copy per record).
    /// </summary>
    public IReadOnlyList<SpoolRecord> Read(SpoolPosition from, int maxRecords, int maxBytes)
    {
        var end = DurableEnd;
        var records = new List<SpoolRecord>();
        var position = from;
        var bytes = 0;
        while (records.Count < maxRecords && bytes < maxBytes && position < end)
        {
            var path = SegmentFiles.PathOf(_directory, position.Segment);
            // An earlier segment may be gone, or go while this reads it: it is deleted once all of it is delivered,
            // so there is nothing in it left to read.
            var limit = position.Segment == end.Segment ? end.Offset : SegmentFiles.LengthOf(path);
            if (position.Offset >= limit)
            {
                position = new SpoolPosition(position.Segment + 1, 0);
                continue;
            }
            byte[] chunk;
            try
            {
                chunk = ReadChunk(path, position.Offset, (int)Math.Min(limit - position.Offset, Math.Max(maxBytes - bytes, 64 * 1024)));
            }
            catch (FileNotFoundException) when (position.Segment < end.Segment)
            {
                position = new SpoolPosition(position.Segment + 1, 0);
                continue;
            }
            var memory = chunk.AsMemory();
            var offset = 0;
            while (records.Count < maxRecords && SpoolRecordFormat.TryRead(memory[offset..], out var entry, out var consumed))
            {
                offset += consumed;
                bytes += consumed;
                position = position with { Offset = position.Offset + consumed };
                records.Add(new SpoolRecord(entry, position));
            }
            if (offset == 0)
            {
                // Between writer and durable end every record is whole, so a failed parse means the
                // chunk was too small for one large record: read exactly that record.
                var length = BitConverter.ToUInt32(chunk.AsSpan(0, 4));
                var whole = ReadChunk(path, position.Offset, SpoolRecordFormat.HeaderSize + (int)length);
                if (!SpoolRecordFormat.TryRead(whole, out var entry, out var consumed))
                {
                    throw new ReflektException($"{path}: corrupt spool record at offset {position.Offset}.");
                }
                position = position with { Offset = position.Offset + consumed };
                bytes += consumed;
                records.Add(new SpoolRecord(entry, position));
            }
        }
        return records;
    }

    /// <summary>Marks everything before <paramref name="position"/> as delivered and drops fully delivered segments.</summary>
    public void Commit(SpoolPosition position, int records)
    {
        bool drained;
        lock (_offsetLock)
        {
            var end = DurableEnd;
            // The end of a segment the writer has already left is the same place as the start of the next one.
            if (end.Offset == 0 && position.Segment == end.Segment - 1 && position.Offset == LengthOf(position.Segment))
            {
                position = end;
            }
            TryWriteOffset(position);
            lock (_stateLock)
            {
                _committed = position;
                drained = position == _durableEnd;
            }
            // Under the offset lock, as the writer's reclaim deletes: one deleter at a time, each file counted once.
            DeleteSegmentsBefore(position.Segment);
        }
        Interlocked.Add(ref _pendingRecords, -records);
        if (drained && position.Offset > 0)
        {
            // Ask the writer (the only owner of the open segment) to reclaim the drained segment's space now.
            _appends.Writer.TryWrite(new PendingAppend([], new TaskCompletionSource()));
        }
    }

    private long LengthOf(long segment)
    {
        var path = SegmentFiles.PathOf(_directory, segment);
        return File.Exists(path) ? new FileInfo(path).Length : -1;
    }

    // On a full disk even the tiny offset file may not be writable; the position is then kept in memory, so the
    // drained segment can still be reclaimed and space return. A crash before the next successful write re-sends
    // the delivered window (at-least-once, messageId kept), never loses one.
    private void TryWriteOffset(SpoolPosition position)
    {
        try
        {
            _offsetFile.Write(position);
        }
        catch (IOException)
        {
        }
    }

    // Caller holds _offsetLock.
    private void DeleteSegmentsBefore(long segment)
    {
        foreach (var old in SegmentFiles.List(_directory).Where(s => s < segment))
        {
            var path = SegmentFiles.PathOf(_directory, old);
            var length = SegmentFiles.LengthOf(path);
            File.Delete(path);
            Interlocked.Add(ref _bytesOnDisk, -length);
            _full = false;
        }
    }

    // Writer thread only. Everything written is delivered: start a fresh segment, commit its start, delete the old one.
    private void ReclaimIfDrained()
    {
        SpoolPosition end;
        lock (_stateLock)
        {
            if (_committed != _durableEnd || _durableEnd.Offset == 0)
            {
                return;
            }
            end = _durableEnd;
        }
        try
        {
            var next = Rotate(end);
            lock (_offsetLock)
            {
                lock (_stateLock)
                {
                    _durableEnd = next;
                    _committed = next;
                }
                DeleteSegmentsBefore(next.Segment);
                TryWriteOffset(next);
            }
        }
        catch (IOException)
        {
            // No room even for a new file: the next drain tries again.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _appends.Writer.TryComplete();
        await Task.Run(() => _writer.Join()).ConfigureAwait(false);
        await _current.DisposeAsync().ConfigureAwait(false);
        await _lock.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// One server per spool: an exclusive lock on `lock` (flock on Linux, released by the kernel even on SIGKILL),
    /// because two writers appending to the same segment would interleave records.
    /// </summary>
    private static FileStream Lock(string directory)
    {
        var path = Path.Combine(directory, "lock");
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new ReflektException($"{directory}: the spool directory is in use by another server ({exception.Message}).", exception);
        }
    }

    private void WriteLoop()
    {
        var group = new List<PendingAppend>();
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        while (_appends.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            group.Clear();
            buffer.ResetWrittenCount();
            long records = 0;
            while (_appends.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                foreach (var entry in pending.Entries)
                {
                    var size = SpoolRecordFormat.FramedSize(entry);
                    SpoolRecordFormat.Write(buffer.GetSpan(size)[..size], entry);
                    buffer.Advance(size);
                    records++;
                }
            }
            if (buffer.WrittenCount == 0)
            {
                // Only reclaim requests (sent by Commit when the backlog drained).
                ReclaimIfDrained();
                continue;
            }
            try
            {
                _current.Write(buffer.WrittenSpan);
                _current.Flush(flushToDisk: true);
            }
            catch (Exception exception)
            {
                _appendError = exception.Message;
                // Put the file back to its last durable length so later appends do not follow garbage.
                RecoverAfterFailedWrite();
                foreach (var pending in group)
                {
                    pending.Done.TrySetException(exception);
                }
                ReclaimIfDrained();
                continue;
            }
            _appendError = null;
            _full = false;
            Interlocked.Add(ref _bytesOnDisk, buffer.WrittenCount);
            Interlocked.Add(ref _pendingRecords, records);
            var end = new SpoolPosition(DurableEnd.Segment, _current.Length);
            if (_current.Length >= _segmentBytes)
            {
                end = Rotate(end);
            }
            TaskCompletionSource signal;
            lock (_stateLock)
            {
                _durableEnd = end;
                signal = _dataAppended;
                _dataAppended = NewSignal();
            }
            signal.TrySetResult();
            foreach (var pending in group)
            {
                pending.Done.TrySetResult();
            }
        }
    }

    private SpoolPosition Rotate(SpoolPosition end)
    {
        var next = new SpoolPosition(end.Segment + 1, 0);
        var stream = OpenForAppend(next);
        _current.Dispose();
        _current = stream;
        return next;
    }

    private void RecoverAfterFailedWrite()
    {
        try
        {
            _current.SetLength(DurableEnd.Offset);
            _current.Seek(0, SeekOrigin.End);
        }
        catch (IOException)
        {
            // The disk is failing; the next append reports its own error.
        }
    }

    private FileStream OpenForAppend(SpoolPosition position)
    {
        var path = SegmentFiles.PathOf(_directory, position.Segment);
        var created = !File.Exists(path);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
        stream.Seek(position.Offset, SeekOrigin.Begin);
        if (created)
        {
            DirectorySync.Flush(_directory);
        }
        return stream;
    }

    private static void TruncateTail(string path, long validEnd)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        if (stream.Length > validEnd)
        {
            stream.SetLength(validEnd);
            stream.Flush(flushToDisk: true);
        }
    }

    private static byte[] ReadChunk(string path, long offset, int length)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var chunk = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(handle, chunk.AsSpan(read), offset + read);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        return read == length ? chunk : chunk[..read];
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record PendingAppend(IReadOnlyList<SpoolEntry> Entries, TaskCompletionSource Done);
}
