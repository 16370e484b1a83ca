using System.Text.RegularExpressions;
using Reflekt.Codegen.Shapes;
using Reflekt.Schemas.Calls;

namespace Reflekt.Codegen.TypeScript;

/// <summary>Renders <c>index.d.ts</c>: one interface or union per named type, the SDK shapes and both clients.</summary>
internal sealed partial class TypeScriptDeclarations(TrackingPlan plan, CodegenOptions options, CodeWriter writer)
{
    private readonly CodeWriter _w = writer;

    public TypeScriptDeclarations(TrackingPlan plan, CodegenOptions options)
        : this(plan, options, new CodeWriter("  "))
    {
    }

    public CodeWriter Render()
    {
        var sdk = options.Sdk == CodegenSdk.RudderStack ? "@rudderstack/rudder-sdk-node" : "@segment/analytics-node";
        var browserSdk = options.Sdk == CodegenSdk.RudderStack ? "@rudderstack/analytics-js" : "@segment/analytics-next";
        _w.Line(TypeScriptGenerator.Header(options));
        _w.Line();
        Common(sdk, browserSdk);
        _w.Each(NamedTypes.Of(plan), w =>
        {
            var declarations = new TypeScriptDeclarations(plan, options, w);
            return type =>
            {
                w.Line();
                declarations.Named(type);
            };
        });

        _w.Line();
        Doc($"A typed client over {sdk}: one method per event of the tracking plan.");
        using (_w.Block("export interface Client {", "}"))
        {
            _w.Each(plan.Events, w => new TypeScriptDeclarations(plan, options, w).NodeMethod);
        }

        _w.Line();
        Doc($"A typed client over {browserSdk} (the page's user is the SDK's): one method per event.");
        using (_w.Block("export interface BrowserClient {", "}"))
        {
            _w.Each(plan.Events, w => new TypeScriptDeclarations(plan, options, w).BrowserMethod);
        }

        _w.Line();
        Doc($"Wraps a {sdk} instance (or anything with its track/identify/page/screen/group methods).");
        _w.Line("export declare function createClient(analytics: NodeAnalytics, settings?: ClientSettings): Client;");
        _w.Line();
        Doc($"Wraps a {browserSdk} instance (or anything with its track/identify/page/screen/group methods).");
        _w.Line("export declare function createBrowserClient(analytics: BrowserAnalytics, settings?: ClientSettings): BrowserClient;");
        return _w;
    }

    private void Common(string sdk, string browserSdk)
    {
        Doc("Who a server-side call is about: a known user, an anonymous visitor, or both.");
        _w.Line("export type Identity = { userId: string; anonymousId?: string } | { userId?: string; anonymousId: string };");
        _w.Line();
        Doc("What every call may carry besides its payload; passed through to the SDK unchanged.");
        using (_w.Block("export interface CallOptions {", "}"))
        {
            _w.Line("context?: Record<string, unknown>;");
            _w.Line("integrations?: Record<string, boolean | Record<string, unknown>>;");
            _w.Line("timestamp?: Date | string;");
            _w.Line("messageId?: string;");
        }

        _w.Line();
        Doc("A payload that breaks the tracking plan, found by the runtime check (only when onViolation is set).");
        using (_w.Block("export interface Violation {", "}"))
        {
            _w.Line("event: string;");
            _w.Line("schemaId: string;");
            Doc("JSON pointer into the payload, e.g. /products/0/price.");
            _w.Line("pointer: string;");
            _w.Line("message: string;");
        }

        _w.Line();
        using (_w.Block("export interface ClientSettings {", "}"))
        {
            Doc("Checks each payload against the plan before sending; a call with violations is reported here and not sent.");
            _w.Line("onViolation?: (violation: Violation) => void;");
        }

        _w.Line();
        Doc($"The methods of {sdk} the client calls.");
        using (_w.Block("export interface NodeAnalytics {", "}"))
        {
            // Loose on purpose: each SDK types its messages its own way; the client's methods carry the plan's types.
            foreach (var method in (ReadOnlySpan<string>)["track", "identify", "page", "screen", "group"])
            {
                _w.Line($"{method}(message: object): unknown;");
            }
        }

        _w.Line();
        Doc($"The methods of {browserSdk} the client calls.");
        using (_w.Block("export interface BrowserAnalytics {", "}"))
        {
            _w.Line("track(event: string, properties?: object, options?: object): unknown;");
            _w.Line("identify(userId?: string, traits?: object, options?: object): unknown;");
            _w.Line("page(category?: string, name?: string, properties?: object, options?: object): unknown;");
            _w.Line("screen?(category?: string, name?: string, properties?: object, options?: object): unknown;");
            _w.Line("group(groupId: string, traits?: object, options?: object): unknown;");
        }
    }

    private void NodeMethod(PlannedEvent planned)
    {
        EventDoc(planned);
        _w.Line($"{TypeScriptGenerator.FunctionName(planned)}(message: {NodeMessage(planned)}): void;");
    }

    private void BrowserMethod(PlannedEvent planned)
    {
        EventDoc(planned);
        _w.Line($"{TypeScriptGenerator.FunctionName(planned)}({BrowserParameters(planned)}): void;");
    }

    private static string NodeMessage(PlannedEvent planned)
    {
        var payload = planned.CallType.PayloadField()!;
        var optional = planned.PayloadRequired ? "" : "?";
        var extra = planned.CallType switch
        {
            CallType.Page => " name?: string; category?: string;",
            CallType.Screen => " name?: string;",
            CallType.Group => " groupId: string;",
            _ => "",
        };
        return $"Identity & CallOptions & {{{extra} {payload}{optional}: {planned.Payload.TypeName} }}";
    }

    private static string BrowserParameters(PlannedEvent planned)
    {
        var optional = planned.PayloadRequired ? "" : "?";
        var payload = planned.CallType.PayloadField()!;
        var lead = planned.CallType switch
        {
            CallType.Identify => "userId: string | undefined, ",
            CallType.Group => "groupId: string, ",
            CallType.Page or CallType.Screen => "name: string | undefined, ",
            _ => "",
        };
        return $"{lead}{payload}{optional}: {planned.Payload.TypeName}, options?: CallOptions";
    }

    private void Named(TypeShape type)
    {
        switch (type)
        {
            case EnumShape e:
                Doc(e.Description);
                _w.Line($"export type {e.TypeName} = {string.Join(" | ", e.Values.Select(Literals.Quoted))};");
                break;
            case ObjectShape o:
                Doc(o.Description);
                using (_w.Block($"export interface {o.TypeName} {{", "}"))
                {
                    foreach (var property in o.Properties)
                    {
                        Doc(property.Shape.Description);
                        var optional = property.Required ? "" : "?";
                        _w.Line($"{Key(property.Name)}{optional}: {TypeOf(property.Shape)};");
                    }
                }

                break;
        }
    }

    /// <summary>The TypeScript type of a shape where it is used.</summary>
    internal static string TypeOf(TypeShape shape)
    {
        var type = shape switch
        {
            PrimitiveShape { Kind: PrimitiveKind.String, Format: "date-time" or "date" } => "Date | string",
            PrimitiveShape { Kind: PrimitiveKind.String } => "string",
            PrimitiveShape { Kind: PrimitiveKind.Boolean } => "boolean",
            PrimitiveShape => "number",
            EnumShape e => e.TypeName,
            ObjectShape o => o.TypeName,
            ArrayShape a => Wrap(TypeOf(a.Items)) + "[]",
            MapShape m => $"Record<string, {TypeOf(m.Values)}>",
            _ => "unknown",
        };
        return shape.Nullable && type != "unknown" ? $"{type} | null" : type;

        static string Wrap(string t) => t.Contains(' ') ? $"({t})" : t;
    }

    private void EventDoc(PlannedEvent planned)
    {
        var lines = Literals.CommentLines(planned.Schema.Description).ToList();
        lines.Add($"Schema {planned.SchemaId} ({planned.CallType.WireName()} \"{planned.EventName}\").");
        WriteDoc(lines);
    }

    private void Doc(string? text) => WriteDoc(Literals.CommentLines(text).ToList());

    private void WriteDoc(List<string> lines)
    {
        if (lines.Count == 1)
        {
            _w.Line($"/** {lines[0]} */");
        }
        else if (lines.Count > 1)
        {
            _w.Line("/**");
            foreach (var line in lines)
            {
                _w.Line($" * {line}");
            }

            _w.Line(" */");
        }
    }

    /// <summary>A property key: bare when it is an identifier, else quoted.</summary>
    internal static string Key(string name) => Identifier().IsMatch(name) ? name : Literals.Quoted(name);

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
