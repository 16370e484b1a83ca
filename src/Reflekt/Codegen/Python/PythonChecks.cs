using Reflekt.Codegen.Shapes;

namespace Reflekt.Codegen.Python;

/// <summary>
/// The runtime check of the Python client: one shared helper per kind of check (<c>_string</c>, <c>_array(…)</c>,
/// <c>_nullable(…)</c>…), each a function <c>(value, pointer, out)</c>, so a property's check is one line
/// (<c>_property(obj, "total", pointer + "/total", out, True, _number)</c>) instead of four per property and level.
/// </summary>
/// <remarks>
/// The checks were half of a large plan's module (about 4 KB per event); sharing them halves the file and its
/// rendering. Only the helpers a plan uses are written: pyright --strict reports an unused private function.
/// </remarks>
internal static class PythonChecks
{
    private const string Out = "out: list[tuple[str, str]]";

    /// <summary>The helper kinds the checks of <paramref name="objects"/> call.</summary>
    public static Helpers Used(IEnumerable<ObjectShape> objects)
    {
        var used = Helpers.None;
        foreach (var o in objects)
        {
            if (o.Properties.Count > 0)
            {
                used |= Helpers.Property;
            }

            foreach (var p in o.Properties)
            {
                used |= Of(p.Shape);
            }
        }

        return used;

        static Helpers Of(TypeShape shape)
        {
            var kind = shape switch
            {
                PrimitiveShape { Kind: PrimitiveKind.String, Format: "date-time" } => Helpers.DateTime,
                PrimitiveShape { Kind: PrimitiveKind.String, Format: "date" } => Helpers.Date,
                PrimitiveShape { Kind: PrimitiveKind.String } => Helpers.String,
                PrimitiveShape { Kind: PrimitiveKind.Boolean } => Helpers.Boolean,
                PrimitiveShape { Kind: PrimitiveKind.Integer } => Helpers.Integer,
                PrimitiveShape => Helpers.Number,
                EnumShape => Helpers.Enum,
                ArrayShape a => Helpers.Array | Of(a.Items),
                MapShape m => Helpers.Map | Of(m.Values),
                _ => Helpers.None,
            };
            return shape.Nullable && shape is not AnyShape ? kind | Helpers.Nullable : kind;
        }
    }

    /// <summary>Writes the helpers in <paramref name="used"/> (module level).</summary>
    public static void WriteHelpers(CodeWriter w, Helpers used)
    {
        w.Line();
        w.Line();
        w.Line("_Check = Callable[[object, str, list[tuple[str, str]]], None]");
        if (used.HasFlag(Helpers.Property))
        {
            Helper(w, $"def _property(obj: dict[str, object], key: str, at: str, {Out}, required: bool, check: _Check | None) -> None:",
                "if key not in obj:",
                "    if required:",
                "        out.append((at, \"required\"))",
                "elif check is not None:",
                "    check(obj[key], at, out)");
        }

        Primitive(w, used, Helpers.String, "_string", "isinstance(v, str)", "string");
        Primitive(w, used, Helpers.DateTime, "_date_time", "isinstance(v, (str, datetime))", "string");
        Primitive(w, used, Helpers.Date, "_date", "isinstance(v, (str, date))", "string");
        Primitive(w, used, Helpers.Boolean, "_boolean", "isinstance(v, bool)", "boolean");
        // bool is an int in Python, but not a JSON integer.
        Primitive(w, used, Helpers.Integer, "_integer", "isinstance(v, int) and not isinstance(v, bool)", "integer");
        Primitive(w, used, Helpers.Number, "_number", "isinstance(v, (int, float)) and not isinstance(v, bool)", "number");
        if (used.HasFlag(Helpers.Enum))
        {
            Combinator(w, "def _enum(values: tuple[str, ...], message: str) -> _Check:",
                "if v not in values:",
                "    out.append((at, message))");
        }

        if (used.HasFlag(Helpers.Nullable))
        {
            Combinator(w, "def _nullable(check: _Check) -> _Check:",
                "if v is not None:",
                "    check(v, at, out)");
        }

        if (used.HasFlag(Helpers.Array))
        {
            Combinator(w, "def _array(items: _Check | None) -> _Check:",
                "if not isinstance(v, list):",
                "    out.append((at, \"expected array\"))",
                "elif items is not None:",
                "    for i, item in enumerate(cast(\"list[object]\", v)):",
                "        items(item, at + \"/\" + str(i), out)");
        }

        if (used.HasFlag(Helpers.Map))
        {
            Combinator(w, "def _map(values: _Check | None) -> _Check:",
                "if not isinstance(v, dict):",
                "    out.append((at, \"expected object\"))",
                "elif values is not None:",
                "    for k, item in cast(\"dict[str, object]\", v).items():",
                "        values(item, at + \"/\" + k, out)");
        }
    }

    /// <summary>The check of a value of <paramref name="shape"/>, as an expression naming a helper; null when anything goes.</summary>
    public static string? Of(TypeShape shape)
    {
        var check = shape switch
        {
            PrimitiveShape { Kind: PrimitiveKind.String, Format: "date-time" } => "_date_time",
            PrimitiveShape { Kind: PrimitiveKind.String, Format: "date" } => "_date",
            PrimitiveShape { Kind: PrimitiveKind.String } => "_string",
            PrimitiveShape { Kind: PrimitiveKind.Boolean } => "_boolean",
            PrimitiveShape { Kind: PrimitiveKind.Integer } => "_integer",
            PrimitiveShape => "_number",
            EnumShape e => $"_enum(({string.Join(", ", e.Values.Select(Literals.Quoted))},), \"expected one of {string.Join(", ", e.Values).Replace("\\", "\\\\").Replace("\"", "\\\"")}\")",
            ObjectShape o => CheckName(o),
            ArrayShape a => $"_array({Of(a.Items) ?? "None"})",
            MapShape m => $"_map({Of(m.Values) ?? "None"})",
            _ => null,
        };
        return shape.Nullable && check is not null ? $"_nullable({check})" : check;
    }

    /// <summary>The check function of a named object type.</summary>
    public static string CheckName(ObjectShape o) => "_check_" + TypeNames.Snake(o.TypeName);

    private static void Primitive(CodeWriter w, Helpers used, Helpers kind, string name, string test, string expected)
    {
        if (used.HasFlag(kind))
        {
            Helper(w, $"def {name}(v: object, at: str, {Out}) -> None:",
                $"if not ({test}):",
                $"    out.append((at, \"expected {expected}\"))");
        }
    }

    private static void Helper(CodeWriter w, string header, params ReadOnlySpan<string> body)
    {
        w.Line();
        w.Line();
        using (w.Block(header, ""))
        {
            foreach (var line in body)
            {
                w.Line(line);
            }
        }
    }

    // A helper that makes a check from its arguments: (v, at, out) -> None closing over them.
    private static void Combinator(CodeWriter w, string header, params ReadOnlySpan<string> body)
    {
        w.Line();
        w.Line();
        using (w.Block(header, ""))
        {
            using (w.Block($"def check_value(v: object, at: str, {Out}) -> None:", ""))
            {
                foreach (var line in body)
                {
                    w.Line(line);
                }
            }

            w.Line("return check_value");
        }
    }

    /// <summary>The helper kinds a module's checks call.</summary>
    [Flags]
    public enum Helpers
    {
        None = 0,
        Property = 1,
        String = 2,
        DateTime = 4,
        Date = 8,
        Boolean = 16,
        Integer = 32,
        Number = 64,
        Enum = 128,
        Nullable = 256,
        Array = 512,
        Map = 1024,
    }
}
