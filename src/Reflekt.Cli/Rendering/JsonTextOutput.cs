using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reflekt.Cli.Rendering;

/// <summary>
/// Writes a JSON document to a <see cref="TextWriter"/> as it is produced: the UTF-8 the writer emits is decoded
/// straight into the text writer whenever a few tens of kilobytes are pending, instead of building the whole
/// document in memory and copying it twice (bytes, then a string) before the first character is printed.
/// </summary>
internal sealed class JsonTextOutput : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly TextWriter _output;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly DecodingStream _stream;

    public JsonTextOutput(TextWriter output, bool indented = true)
    {
        _output = output;
        _stream = new DecodingStream(output, _decoder);
        // Output for terminals, files and CI, never embedded in HTML: only what JSON requires is escaped, so a
        // message reads "Property 'x'" rather than "Property \u0027x\u0027".
        Json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The writer to produce the document with.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Hands what is pending to the text writer once enough has accumulated; call it between items of a long array.</summary>
    public void FlushIfLarge()
    {
        if (Json.BytesPending >= FlushThreshold)
        {
            Json.Flush();
        }
    }

    /// <summary>Writes the rest of the document and ends the line.</summary>
    public void Dispose()
    {
        Json.Dispose();
        _output.WriteLine();
        _output.Flush();
    }

    /// <summary>The write-only stream the JSON writer flushes into: UTF-8 in, characters out.</summary>
    private sealed class DecodingStream(TextWriter output, Decoder decoder) : Stream
    {
        private char[] _chars = [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = decoder.GetCharCount(buffer, flush: false);
            if (_chars.Length < needed)
            {
                _chars = new char[Math.Max(needed, 2 * _chars.Length)];
            }
            var written = decoder.GetChars(buffer, _chars, flush: false);
            output.Write(_chars, 0, written);
        }

        public override void Flush() => output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
