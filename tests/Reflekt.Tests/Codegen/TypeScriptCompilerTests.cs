using Reflekt.Codegen;
using Reflekt.Codegen.TypeScript;
using Reflekt.Testing;
using Reflekt.Testing.Node;

namespace Reflekt.Tests.Codegen;

/// <summary>
/// The TypeScript client under the real <c>tsc --strict</c> (typescript from npm), typed against the real
/// @segment/analytics-node, @segment/analytics-next and @rudderstack/rudder-sdk-node declarations.
/// </summary>
public sealed class TypeScriptCompilerTests
{
    private const string Packages = "tests/codegen-compilers";

    private const string Good = """
        import { Analytics } from "@segment/analytics-node";
        import { AnalyticsBrowser } from "@segment/analytics-next";
        import { createBrowserClient, createClient, type Violation } from "./gen/index.js";

        const seen: Violation[] = [];
        const client = createClient(new Analytics({ writeKey: "w", host: "http://127.0.0.1:1" }), { onViolation: (v) => seen.push(v) });
        client.orderCompleted({
          userId: "u1",
          context: { ip: "127.0.0.1" },
          integrations: { All: true },
          properties: {
            order_id: "o1", total: 10, currency: "EUR", coupon: null, channel: null, completed_at: new Date(),
            tags: ["a"], metadata: { k: "v" }, shipping_address: { city: "Oslo", postal_code: null },
            billing_address: null, raw: { any: [1] },
            products: [{ product_id: "p1", price: 2, category: "drinks", options: [{ name: "size", value: 3 }] }],
          },
        });
        client.orderCompletedV1({ anonymousId: "a1", properties: { order_id: "o1", total: 1 } });
        client.identify({ userId: "u1", traits: { email: "x@example.com", plan: "pro" } });
        client.pageViewed({ anonymousId: "a1", name: "Home", properties: { path: "/" } });
        client.group({ userId: "u1", groupId: "g1", traits: { name: "Acme" } });
        client.reservedWords({ userId: "u1", properties: { class: "c", "display-name": "d", "2fa_enabled": true, $price: 1, kind: "" } });

        const browser = createBrowserClient(AnalyticsBrowser.load({ writeKey: "w" }));
        browser.orderCompleted({ order_id: "o1", total: 10, currency: "USD", products: [] }, { context: { page: {} } });
        browser.identify("u1", { email: "x@example.com" });
        browser.pageViewed("Home");
        browser.group("g1", { name: "Acme" });
        """;

    [Fact]
    public async Task Declarations_are_valid_under_strict()
    {
        foreach (var plan in new[] { CodegenPlans.Features, CodegenPlans.JaffleShop, CodegenPlans.Generated(1000) })
        {
            using var dir = Scratch(plan, $"import {{ Analytics }} from \"@segment/analytics-node\";\nimport {{ createClient }} from \"./gen/index.js\";\nexport const client = createClient(new Analytics({{ writeKey: \"w\" }}));\n");

            // The generated declarations on their own, with library checking on, then the usage against the SDKs.
            (await Tsc(dir.Path, "gen/index.d.ts", skipLibCheck: false)).AssertSucceeded();
            (await Tsc(dir.Path, "usage.ts", skipLibCheck: true)).AssertSucceeded();
            (await CompilerRun.RunAsync(dir.Path, NodePackages.NodeExecutable, "--check", "gen/index.js")).AssertSucceeded();
        }
    }

    [Fact]
    public async Task Well_typed_calls_compile_against_the_real_sdks()
    {
        using var dir = Scratch(CodegenPlans.Features, Good);

        (await Tsc(dir.Path, "usage.ts", skipLibCheck: true)).AssertSucceeded();
    }

    [Fact]
    public async Task The_rudderstack_node_sdk_fits_the_client()
    {
        using var dir = Scratch(CodegenPlans.JaffleShop, """
            import Analytics from "@rudderstack/rudder-sdk-node";
            import { createClient } from "./gen/index.js";
            const client = createClient(new Analytics("w", { dataPlaneUrl: "http://127.0.0.1:1" }));
            client.orderCompleted({ userId: "u1", properties: { order_id: "o1", total: 1, currency: "EUR", products: [{ product_id: "p", price: 1, quantity: 1 }] } });
            """, CodegenSdk.RudderStack);

        (await Tsc(dir.Path, "usage.ts", skipLibCheck: true)).AssertSucceeded();
    }

    [Fact]
    public async Task Wrong_calls_fail_the_type_check()
    {
        using var dir = Scratch(CodegenPlans.Features, Good);
        const string prelude = "import { Analytics } from \"@segment/analytics-node\";\nimport { createClient } from \"./gen/index.js\";\nconst client = createClient(new Analytics({ writeKey: \"w\" }));\n";
        dir.Write("missing_required.ts", prelude + "client.orderCompleted({ userId: \"u\", properties: { order_id: \"o\", total: 1, currency: \"EUR\" } });\n");
        dir.Write("wrong_enum.ts", prelude + "client.orderCompleted({ userId: \"u\", properties: { order_id: \"o\", total: 1, currency: \"GBP\", products: [] } });\n");
        dir.Write("wrong_type.ts", prelude + "client.orderCompleted({ userId: \"u\", properties: { order_id: \"o\", total: \"19.99\", currency: \"EUR\", products: [] } });\n");
        dir.Write("no_identity.ts", prelude + "client.identify({ traits: { email: \"e\" } });\n");

        var run = await Tsc(dir.Path, "usage.ts missing_required.ts wrong_enum.ts wrong_type.ts no_identity.ts", skipLibCheck: true);

        run.AssertErrorIn("missing_required.ts", "Property 'products' is missing");
        run.AssertErrorIn("wrong_enum.ts", "\"GBP\"");
        run.AssertErrorIn("wrong_type.ts", "Type 'string' is not assignable to type 'number'");
        run.AssertErrorIn("no_identity.ts", "error TS");
        run.AssertNoErrorIn("usage.ts");
    }

    private static TempDirectory Scratch(TrackingPlan plan, string usage, CodegenSdk sdk = CodegenSdk.Segment)
    {
        var modules = Path.Combine(NodePackages.Require(Packages), "node_modules");
        var dir = new TempDirectory("reflekt-codegen-ts");
        CompilerRun.WriteFiles(Path.Combine(dir.Path, "gen"), new TypeScriptGenerator().Generate(plan, new CodegenOptions(sdk)));
        dir.Write("package.json", "{ \"type\": \"module\" }\n");
        dir.Write("usage.ts", usage);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "node_modules"), modules);
        return dir;
    }

    private static Task<CompilerRun> Tsc(string directory, string files, bool skipLibCheck)
    {
        var tsc = Path.Combine(NodePackages.Require(Packages), "node_modules", "typescript", "bin", "tsc");
        string[] options = ["--strict", "--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--pretty", "false"];
        if (skipLibCheck)
        {
            options = [.. options, "--skipLibCheck"];
        }

        return CompilerRun.RunAsync(directory, NodePackages.NodeExecutable, [tsc, .. options, .. files.Split(' ')]);
    }
}
