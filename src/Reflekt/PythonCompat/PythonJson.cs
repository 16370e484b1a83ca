using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Reflekt.PythonCompat;

/// <summary>JSON text the way Python's <c>json.dumps</c> writes it by default (", " and ": " separators, non-ASCII escaped,
/// numbers as <see cref="PythonNumber"/> reads them).</summary>
internal static class PythonJson
{
    public static string Dumps(JsonElement value, int? indent = null)
    {
        var builder = new StringBuilder();
        Write(value, builder, indent, 0);
        return builder.ToString();
    }

    private static void Write(JsonElement value, StringBuilder builder, int? indent, int level)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteContainer(builder, '{', '}', value.EnumerateObject().ToList(), indent, level, (p, b) =>
                {
                    WriteString(p.Name, b);
                    b.Append(": ");
                    Write(p.Value, b, indent, level + 1);
                });
                break;
            case JsonValueKind.Array:
                WriteContainer(builder, '[', ']', value.EnumerateArray().ToList(), indent, level, (v, b) => Write(v, b, indent, level + 1));
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, builder);
                break;
            case JsonValueKind.Number:
                builder.Append(PythonNumber.Dumps(value.GetRawText()));
                break;
            default:
                builder.Append(value.GetRawText());
                break;
        }
    }

    private static void WriteContainer<T>(StringBuilder builder, char open, char close, List<T> items, int? indent, int level, Action<T, StringBuilder> writeItem)
    {
        builder.Append(open);
        if (items.Count == 0)
        {
            builder.Append(close);
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(indent is null ? ", " : ",");
            }
            if (indent is { } size)
            {
                builder.Append('\n').Append(' ', size * (level + 1));
            }
            writeItem(items[i], builder);
        }
        if (indent is { } width)
        {
            builder.Append('\n').Append(' ', width * level);
        }
        builder.Append(close);
    }

    private static void WriteString(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }
}
