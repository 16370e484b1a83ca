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
        _w.Line();
        // One helper per kind of check, each (value, pointer, out): a property's check is one line. The checks were
        // half of a large plan's module.
        _w.Line("// The runtime check's parts: each check is (value, pointer, out) and pushes what is wrong with the value.");
        using (_w.Block("function property(value, key, pointer, out, required, check) {", "}"))
        {
            _w.Line("const v = value[key];");
            _w.Line("if (v === undefined) { if (required) out.push({ pointer: child(pointer, key), message: \"required\" }); }");
            _w.Line("else if (check) check(v, child(pointer, key), out);");
        }

        _w.Line("const string = (v, at, out) => { if (typeof v !== \"string\") out.push({ pointer: at, message: \"expected string\" }); };");
        _w.Line("const dateString = (v, at, out) => { if (typeof v !== \"string\" && !(v instanceof Date)) out.push({ pointer: at, message: \"expected string\" }); };");
        _w.Line("const boolean = (v, at, out) => { if (typeof v !== \"boolean\") out.push({ pointer: at, message: \"expected boolean\" }); };");
        _w.Line("const integer = (v, at, out) => { if (!Number.isInteger(v)) out.push({ pointer: at, message: \"expected integer\" }); };");
        _w.Line("const number = (v, at, out) => { if (typeof v !== \"number\" || !Number.isFinite(v)) out.push({ pointer: at, message: \"expected number\" }); };");
        _w.Line("const oneOf = (values) => (v, at, out) => { if (!values.has(v)) out.push({ pointer: at, message: \"expected one of \" + [...values].join(\", \") }); };");
        _w.Line("const nullable = (check) => (v, at, out) => { if (v !== null) check(v, at, out); };");
        using (_w.Block("const arrayOf = (items) => (v, at, out) => {", "};"))
        {
            _w.Line("if (!Array.isArray(v)) out.push({ pointer: at, message: \"expected array\" });");
            _w.Line("else if (items) for (let i = 0; i < v.length; i++) items(v[i], child(at, i), out);");
        }

        using (_w.Block("const mapOf = (values) => (v, at, out) => {", "};"))
        {
            _w.Line("if (!isObject(v)) out.push({ pointer: at, message: \"expected object\" });");
            _w.Line("else if (values) for (const k of Object.keys(v)) values(v[k], child(at, k), out);");
        }
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
                        _w.Line($"property(value, {Literals.Quoted(property.Name)}, pointer, out, {(property.Required ? "true" : "false")}{CheckArgument(property.Shape)});");
                    }
                }

                break;
        }
    }

    // The check argument of property(): ", check", or nothing when any value goes.
    private static string CheckArgument(TypeShape shape) => CheckOf(shape) is { } check ? ", " + check : "";

    private static string? CheckOf(TypeShape shape)
    {
        var check = shape switch
        {
            PrimitiveShape { Kind: PrimitiveKind.String, Format: "date-time" or "date" } => "dateString",
            PrimitiveShape { Kind: PrimitiveKind.String } => "string",
            PrimitiveShape { Kind: PrimitiveKind.Boolean } => "boolean",
            PrimitiveShape { Kind: PrimitiveKind.Integer } => "integer",
            PrimitiveShape => "number",
            EnumShape e => $"oneOf({EnumSet(e)})",
            ObjectShape o => CheckName(o),
            ArrayShape a => $"arrayOf({CheckOf(a.Items) ?? "null"})",
            MapShape m => $"mapOf({CheckOf(m.Values) ?? "null"})",
            _ => null,
        };
        return shape.Nullable && check is not null ? $"nullable({check})" : check;
    }

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
