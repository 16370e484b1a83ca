using System.Text;
using Reflekt.Json.Schema;
using Reflekt.Validation;

namespace Reflekt.Tests.Validation;

/// <summary>A file's NDJSON read as UTF-8 lines gives the verdicts the text path gives, and keeps one buffer.</summary>
public sealed class Utf8StreamLinesTests
{
    private static readonly JsonSchema Schema = JsonSchema.Compile("""
        {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}
        """);

    private static List<string> Lines(byte[] bytes, int chunk)
    {
        var lines = new Utf8StreamLines(new ChunkedStream(bytes, chunk));
        var result = new List<string>();
        while (lines.ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
        {
            result.Add(Encoding.UTF8.GetString(lines.Current.Span));
        }

        return result;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public void Lines_split_on_newlines_whatever_the_read_sizes(int chunk)
    {
        var longLine = new string('x', 150_000);
        var bytes = Encoding.UTF8.GetBytes("\uFEFFa\r\n\nbé😀\n" + longLine + "\nlast");

        Assert.Equal(["a", "", "bé😀", longLine, "last"], Lines(bytes, chunk));
    }

    [Fact]
    public void A_trailing_newline_ends_the_last_line_and_empty_input_has_none()
    {
        Assert.Equal(["a"], Lines("a\n"u8.ToArray(), 3));
        Assert.Empty(Lines([], 3));
    }

    [Theory]
    [InlineData("{\"order_id\": \"a\"}\n\n{\"total\": 1}\n{oops\n\"str\"\n")]
    [InlineData("\n{oops\n{\"order_id\": \"a\"}\n")]
    [InlineData("{\n  \"order_id\": \"a\"\n}\n")]
    [InlineData("{\n  \"order_id\": 1\n")]
    [InlineData(" \n\n")]
    public async Task Bytes_and_text_give_the_same_verdicts(string text)
    {
        var validator = new EventValidator(Schema, raw: true);
        var fromText = await validator.ValidateAllAsync(new StringReader(text), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
        var fromBytes = await validator.ValidateAllAsync(new Utf8StreamLines(new MemoryStream(Encoding.UTF8.GetBytes(text))), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Describe(fromText), Describe(fromBytes));
    }

    private static List<string> Describe(List<DocumentValidation> results) =>
        [.. results.Select(r => $"{r.Number}@{r.Line} {r.Valid} {string.Join("; ", r.Errors.Select(e => e.Message))}")];

    // Returns at most `chunk` bytes per read, as a pipe does.
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
