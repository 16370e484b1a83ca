using System.Text;

namespace Reflekt.Codegen;

/// <summary>Builds generated source line by line with an indentation level; always '\n' line ends.</summary>
public sealed class CodeWriter(string indentUnit)
{
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>Writes one line at the current indentation (an empty line has no trailing spaces).</summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(indentUnit);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Indents the lines written until the returned scope is disposed.</summary>
    public IDisposable Indent()
    {
        _depth++;
        return new Scope(this);
    }

    /// <summary>Writes <paramref name="open"/>, indents until disposed, then writes <paramref name="close"/>.</summary>
    public IDisposable Block(string open, string close)
    {
        Line(open);
        _depth++;
        return new Scope(this, close);
    }

    public override string ToString() => _text.ToString();

    private sealed class Scope(CodeWriter writer, string? close = null) : IDisposable
    {
        public void Dispose()
        {
            writer._depth--;
            if (close is not null)
            {
                writer.Line(close);
            }
        }
    }
}
