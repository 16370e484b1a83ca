using Reflekt.Codegen.Shapes;
using Reflekt.Schemas.Calls;

namespace Reflekt.Codegen.TypeScript;

/// <summary>
/// Renders <c>index.js</c>: both client factories and, per named type, a check function used only when
/// <c>onViolation</c> is set. No imports: the module runs wherever the SDK runs.
/// </summary>
internal sealed class TypeScriptModule(TrackingPlan plan, CodegenOptions options, CodeWriter writer)
{
    private readonly CodeWriter _w = writer;

    public TypeScriptModule(TrackingPlan plan, CodegenOptions options)
        : this(plan, options, new CodeWriter("  "))
    {
    }

    public CodeWriter Render()
    {
        _w.Line(TypeScriptGenerator.Header(options));
        _w.Line();
        Runtime();
        _w.Each(NamedTypes.Of(plan), w =>
        {
            var module = new TypeScriptModule(plan, options, w);
            return type =>
            {
                w.Line();
                module.Check(type);
            };
        });

        _w.Line();
        using (_w.Block("export function createClient(analytics, settings = {}) {", "}"))
        {
            _w.Line("const violates = violationReporter(settings);");
            using (_w.Block("return {", "};"))
            {
                _w.Each(plan.Events, w => new TypeScriptModule(plan, options, w).NodeMethod);
            }
        }

        _w.Line();
        using (_w.Block("export function createBrowserClient(analytics, settings = {}) {", "}"))
        {
            _w.Line("const violates = violationReporter(settings);");
            using (_w.Block("return {", "};"))
            {
                _w.Each(plan.Events, w => new TypeScriptModule(plan, options, w).BrowserMethod);
            }
        }

        return _w;
    }

    private void Runtime()
    {
        _w.Line("const ENVELOPE = [\"userId\", \"anonymousId\", \"context\", \"integrations\", \"timestamp\", \"messageId\"];");
        _w.Line();
        _w.Line("// The identity and options of a server-side message, without fields the caller left undefined.");
        using (_w.Block("function envelope(message) {", "}"))
        {
            _w.Line("const out = {};");
            _w.Line("for (const key of ENVELOPE) if (message[key] !== undefined) out[key] = message[key];");
            _w.Line("return out;");
        }

        _w.Line();
        _w.Line("// The payload with the schema id that pins its version at the gateway.");
        using (_w.Block("function pinned(payload, schemaId) {", "}"))
        {
            _w.Line("return { ...(payload ?? {}), schema_id: schemaId };");
        }

        _w.Line();
        using (_w.Block("function violationReporter(settings) {", "}"))
        {
            _w.Line("const onViolation = settings.onViolation;");
            _w.Line("if (typeof onViolation !== \"function\") return () => false;");
            using (_w.Block("return (event, schemaId, check, payload) => {", "};"))
            {
                _w.Line("const found = [];");
                _w.Line("check(payload ?? {}, \"\", found);");
                _w.Line("for (const v of found) onViolation({ event, schemaId, pointer: v.pointer, message: v.message });");
                _w.Line("return found.length > 0;");
            }
        }

        _w.Line();
        _w.Line("const isObject = (v) => typeof v === \"object\" && v !== null && !Array.isArray(v);");
        _w.Line("const child = (pointer, key) => pointer + \"/\" + String(key).replace(/~/g, \"~0\").replace(/\\//g, \"~1\");");
    }

    private void Check(TypeShape type)
    {
        switch (type)
        {
            case EnumShape e:
                _w.Line($"const {EnumSet(e)} = new Set([{string.Join(", ", e.Values.Select(Literals.Quoted))}]);");
                break;
            case ObjectShape o:
                using (_w.Block($"function {CheckName(o)}(value, pointer, out) {{", "}"))
                {
                    using (_w.Block("if (!isObject(value)) {", "}"))
                    {
                        _w.Line("out.push({ pointer, message: \"expected object\" });");
                        _w.Line("return;");
                    }

                    foreach (var property in o.Properties)
                    {
                        var access = $"value[{Literals.Quoted(property.Name)}]";
                        var at = $"child(pointer, {Literals.Quoted(property.Name)})";
                        if (property.Required)
                        {
                            _w.Line($"if ({access} === undefined) out.push({{ pointer: {at}, message: \"required\" }});");
                        }

                        Statements(property.Shape, access, at, $"{access} !== undefined");
                    }
                }

                break;
        }
    }

    // Emits the checks of one value; `present` is the condition under which it is there (null: always).
    private void Statements(TypeShape shape, string value, string at, string? present)
    {
        var conditions = new[] { present, shape.Nullable ? $"{value} !== null" : null }.Where(c => c is not null).ToArray();
        var guard = conditions.Length == 0 ? null : $"if ({string.Join(" && ", conditions)})";
        switch (shape)
        {
            case PrimitiveShape p:
                Guarded(guard, $"if ({PrimitiveTest(p, value)}) out.push({{ pointer: {at}, message: \"expected {Expected(p)}\" }});");
                break;
            case EnumShape e:
                Guarded(guard, $"if (!{EnumSet(e)}.has({value})) out.push({{ pointer: {at}, message: \"expected one of \" + [...{EnumSet(e)}].join(\", \") }});");
                break;
            case ObjectShape o:
                Guarded(guard, $"{CheckName(o)}({value}, {at}, out);");
                break;
            case ArrayShape a:
                using (Open(guard))
                {
                    _w.Line($"if (!Array.isArray({value})) out.push({{ pointer: {at}, message: \"expected array\" }});");
                    if (a.Items is not AnyShape)
                    {
                        var i = $"i{Depth(value)}";
                        using (_w.Block($"else for (let {i} = 0; {i} < {value}.length; {i}++) {{", "}"))
                        {
                            Statements(a.Items, $"{value}[{i}]", $"child({at}, {i})", null);
                        }
                    }
                }

                break;
            case MapShape m:
                using (Open(guard))
                {
                    _w.Line($"if (!isObject({value})) out.push({{ pointer: {at}, message: \"expected object\" }});");
                    if (m.Values is not AnyShape)
                    {
                        var key = $"k{Depth(value)}";
                        using (_w.Block($"else for (const {key} of Object.keys({value})) {{", "}"))
                        {
                            Statements(m.Values, $"{value}[{key}]", $"child({at}, {key})", null);
                        }
                    }
                }

                break;
        }
    }

    private void Guarded(string? guard, string statement) => _w.Line(guard is null ? statement : $"{guard} {statement}");

    private IDisposable Open(string? guard) => guard is null ? _w.Block("{", "}") : _w.Block($"{guard} {{", "}");

    private static int Depth(string expression) => expression.Count(c => c == '[');

    private static string PrimitiveTest(PrimitiveShape p, string value) => p.Kind switch
    {
        PrimitiveKind.String when p.Format is "date-time" or "date" => $"typeof {value} !== \"string\" && !({value} instanceof Date)",
        PrimitiveKind.String => $"typeof {value} !== \"string\"",
        PrimitiveKind.Boolean => $"typeof {value} !== \"boolean\"",
        PrimitiveKind.Integer => $"!Number.isInteger({value})",
        _ => $"typeof {value} !== \"number\" || !Number.isFinite({value})",
    };

    private static string Expected(PrimitiveShape p) => p.Kind switch
    {
        PrimitiveKind.String => "string",
        PrimitiveKind.Boolean => "boolean",
        PrimitiveKind.Integer => "integer",
        _ => "number",
    };

    private void NodeMethod(PlannedEvent planned)
    {
        var name = TypeScriptGenerator.FunctionName(planned);
        var payloadKey = planned.CallType.PayloadField()!;
        var id = Literals.Quoted(planned.SchemaId);
        var eventName = Literals.Quoted(planned.EventName);
        var fields = planned.CallType switch
        {
            CallType.Track => $"event: {eventName}, ",
            CallType.Page => "name: message.name, category: message.category, ",
            CallType.Screen => "name: message.name, ",
            CallType.Group => "groupId: message.groupId, ",
            _ => "",
        };
        using (_w.Block($"{name}(message) {{", "},"))
        {
            _w.Line($"if (violates({eventName}, {id}, {CheckName(planned.Payload)}, message.{payloadKey})) return;");
            _w.Line($"analytics.{TypeScriptGenerator.Method(planned.CallType)}({{ ...envelope(message), {fields}{payloadKey}: pinned(message.{payloadKey}, {id}) }});");
        }
    }

    private void BrowserMethod(PlannedEvent planned)
    {
        var name = TypeScriptGenerator.FunctionName(planned);
        var id = Literals.Quoted(planned.SchemaId);
        var eventName = Literals.Quoted(planned.EventName);
        var (parameters, call) = planned.CallType switch
        {
            CallType.Identify => ("userId, traits, options", "analytics.identify(userId, pinned(traits, ID), options)"),
            CallType.Group => ("groupId, traits, options", "analytics.group(groupId, pinned(traits, ID), options)"),
            CallType.Page => ("name, properties, options", "analytics.page(undefined, name, pinned(properties, ID), options)"),
            CallType.Screen => ("name, properties, options", "analytics.screen?.(undefined, name, pinned(properties, ID), options)"),
            _ => ("properties, options", $"analytics.track({eventName}, pinned(properties, ID), options)"),
        };
        var payload = planned.CallType.PayloadField()!;
        using (_w.Block($"{name}({parameters}) {{", "},"))
        {
            _w.Line($"if (violates({eventName}, {id}, {CheckName(planned.Payload)}, {payload})) return;");
            _w.Line(call.Replace("ID", id) + ";");
        }
    }

    private static string CheckName(ObjectShape o) => "check" + o.TypeName;

    private static string EnumSet(EnumShape e) => "VALUES_" + e.TypeName;
}
