using Reflekt.Codegen;

namespace Reflekt.Tests.Codegen;

public sealed class CodeWriterTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5_000)]
    public void Each_writes_what_a_serial_loop_writes_whether_or_not_it_splits_the_list(int count)
    {
        // Items of uneven size with nested blocks, so range boundaries fall inside chunks and between indentations.
        var items = Enumerable.Range(0, count).ToArray();
        var serial = Render((w, item) => w.Line($"item {item}"), (w, list, render) =>
        {
            foreach (var item in list)
            {
                render(w, item);
            }
        });
        var split = Render((w, item) => w.Line($"item {item}"), (w, list, render) => w.Each(list, range => item => render(range, item)));

        Assert.Equal(serial, split);

        string Render(Action<CodeWriter, int> head, Action<CodeWriter, int[], Action<CodeWriter, int>> loop)
        {
            var writer = new CodeWriter("  ");
            using (writer.Block("root {", "}"))
            {
                loop(writer, items, (w, item) =>
                {
                    head(w, item);
                    using (w.Block("{", "}"))
                    {
                        for (var i = 0; i < item % 7; i++)
                        {
                            w.Line(new string('x', item % 1000));
                        }
                    }
                });
            }

            writer.Line("end");
            return writer.ToString();
        }
    }
}
