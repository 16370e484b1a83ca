using System.Text.Encodings.Web;
using System.Text.Json;
using Reflekt.Codegen;

namespace Reflekt.Tests.Codegen;

public sealed class LiteralsTests
{
    private static readonly JsonSerializerOptions Ascii = new() { Encoder = JavaScriptEncoder.Default };

    [Fact]
    public void Quoted_writes_every_character_as_the_JSON_serializer_with_the_default_JavaScript_encoder_does()
    {
        // The fast path for plain text must agree with the serializer character by character (ASCII, Latin-1, a surrogate pair).
        for (var c = 0; c < 0x180; c++)
        {
            var text = $"a{(char)c}b";
            Assert.Equal(JsonSerializer.Serialize(text, Ascii), Literals.Quoted(text));
        }

        foreach (var text in (string[])["", "order_id", "Order Completed", "ecommerce/Order_Completed/1-0.json", "a\"b\\c", "1 < 2 & 'x' + `y`", "emoji 😀"])
        {
            Assert.Equal(JsonSerializer.Serialize(text, Ascii), Literals.Quoted(text));
        }
    }

    [Fact]
    public void CommentLines_splits_lines_blanks_control_characters_and_defuses_comment_ends()
    {
        Assert.Equal(["first *\\/ *\\/ end", "second x"], Literals.CommentLines("first */ */ end  \r\n\n  \nsecond\tx"));
        Assert.Empty(Literals.CommentLines(null));
        Assert.Empty(Literals.CommentLines(" \n "));
    }
}
