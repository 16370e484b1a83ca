using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Reflekt.Dbt;

/// <summary>Serialises JSON like Python's <c>json.dumps</c> defaults (<c>", "</c>/<c>": "</c>, ASCII-only), as upstream's schema_metadata.</summary>
internal static class PythonJson
{
    public static string Dumps(JsonElement value)
    {
        var b = new StringBuilder();
        Write(value, b);
        return b.ToString();
    }

    private static void Write(JsonElement value, StringBuilder b)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                b.Append('{');
                var first = true;
                foreach (var p in value.EnumerateObject())
                {
                    if (!first)
                    {
                        b.Append(", ");
                    }

                    first = false;
                    WriteString(p.Name, b);
                    b.Append(": ");
                    Write(p.Value, b);
                }

                b.Append('}');
                break;
            case JsonValueKind.Array:
                b.Append('[');
                var firstItem = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!firstItem)
                    {
                        b.Append(", ");
                    }

                    firstItem = false;
                    Write(item, b);
                }

                b.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, b);
                break;
            case JsonValueKind.True:
                b.Append("true");
                break;
            case JsonValueKind.False:
                b.Append("false");
                break;
            case JsonValueKind.Null:
                b.Append("null");
                break;
            default:
                b.Append(value.GetRawText());
                break;
        }
    }

    private static void WriteString(string s, StringBuilder b)
    {
        b.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        b.Append('"');
    }
}
