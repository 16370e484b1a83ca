using System.Diagnostics;
using Reflekt.Codegen;
using Reflekt.Codegen.TypeScript;
using Reflekt.Schemas;
using Reflekt.Server.Tests.Support;
using Reflekt.Testing;
using Reflekt.Testing.Node;

namespace Reflekt.Server.Tests.Codegen;

/// <summary>
/// The generated TypeScript client with the real @segment/analytics-node, sending every jaffle_shop event through
/// `reflekt serve` (a child process) to a Segment Tracking API stand-in: every call must arrive routed valid.
/// </summary>
public sealed class GeneratedClientEndToEndTests
{
    // One valid call per jaffle_shop event; the generated types make a wrong payload a compile error in TypeScript.
    private const string Calls = """
        client.cartViewed({ userId: "u1", properties: { cart_id: "c1" } });
        client.checkoutStarted({ userId: "u1", properties: { order_id: "o1" } });
        client.checkoutStepCompleted({ userId: "u1", properties: { checkout_id: "k1", step: 2 } });
        client.identify({ userId: "u1", traits: { email: "jo@example.com" } });
        client.orderCompleted({ userId: "u1", context: { ip: "127.0.0.1" }, properties: { order_id: "o1", total: 12.5, currency: "EUR", products: [{ product_id: "p1", price: 12.5, quantity: 1 }] } });
        client.orderRefunded({ anonymousId: "a1", properties: { order_id: "o1", total: 12.5 } });
        client.productAdded({ userId: "u1", properties: { cart_id: "c1", product_id: "p1", quantity: 1 } });
        client.productClicked({ userId: "u1", properties: { product_id: "p1" } });
        client.productListViewed({ userId: "u1", properties: { list_id: "l1" } });
        client.productRemoved({ userId: "u1", properties: { cart_id: "c1", product_id: "p1" } });
        client.productViewed({ userId: "u1", properties: { product_id: "p1" } });
        client.productsSearched({ userId: "u1", properties: { query: "jaffle" } });
        """;

    [Fact]
    public async Task Every_jaffle_shop_event_arrives_valid_through_the_gateway()
    {
        await using var run = await GatewayRun.StartAsync();

        var node = await run.RunNodeAsync(Calls);

        Assert.True(node.ExitCode == 0, node.Output);
        var expected = SchemaCatalog.Load(run.Schemas).Schemas.Select(s => s.Schema!.Id).Order(StringComparer.Ordinal).ToArray();
        await Eventually.TrueAsync(() => run.Segment.Messages.Count >= expected.Length, $"{expected.Length} events reach Segment", seconds: 60);
        var messages = run.Segment.Messages;
        Assert.All(messages, m => Assert.Equal(RunningServer.ValidKey, m.WriteKey));
        Assert.Equal(expected, messages.Select(m => SchemaIdOf(m.Message)).Order(StringComparer.Ordinal).ToArray());
        var order = messages.Single(m => (string?)m.Message["event"] == "Order Completed").Message;
        Assert.Equal("127.0.0.1", (string?)order["context"]!["ip"]);
        Assert.Equal("u1", (string?)order["userId"]);
    }

    [Fact]
    public async Task A_wrong_call_under_onViolation_is_reported_and_not_sent()
    {
        await using var run = await GatewayRun.StartAsync();

        var node = await run.RunNodeAsync("""
            client.orderCompleted({ userId: "u1", properties: /** @type {any} */ ({ order_id: "o1", total: "12.50", currency: "EUR", products: [] }) });
            client.productViewed({ userId: "u1", properties: { product_id: "p1" } });
            """, onViolation: true);

        Assert.True(node.ExitCode == 0, node.Output);
        Assert.Contains("violation Order Completed jaffle_shop/Order_Completed/1-0.json /total expected number", node.Output);
        await Eventually.TrueAsync(() => run.Segment.Messages.Count >= 1, "the good call reaches Segment", seconds: 60);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var sent = Assert.Single(run.Segment.Messages);
        Assert.Equal("Product Viewed", (string?)sent.Message["event"]);
    }

    private static string? SchemaIdOf(System.Text.Json.Nodes.JsonObject message) =>
        (string?)(message["properties"] ?? message["traits"])?["schema_id"];

    /// <summary>A scratch folder with the generated client, the stand-in and `reflekt serve` in front of it.</summary>
    private sealed class GatewayRun : IAsyncDisposable
    {
        private readonly TempDirectory _dir;
        private readonly ServeProcess _serve;

        private GatewayRun(TempDirectory dir, SegmentTrackingApiStandIn segment, ServeProcess serve, string schemas)
        {
            _dir = dir;
            Segment = segment;
            _serve = serve;
            Schemas = schemas;
        }

        public SegmentTrackingApiStandIn Segment { get; }

        public string Schemas { get; }

        public static async Task<GatewayRun> StartAsync()
        {
            var modules = Path.Combine(NodePackages.Require("tests/codegen-compilers"), "node_modules");
            var schemas = Path.Combine(SharedFixtures.RepositoryRoot, "examples", "jaffle_shop", "schemas");
            var dir = new TempDirectory("reflekt-codegen-e2e");
            var plan = TrackingPlan.From(SchemaCatalog.Load(schemas).Schemas.Select(s => s.Schema!));
            foreach (var file in new TypeScriptGenerator().Generate(plan, new CodegenOptions(CodegenSdk.Segment)))
            {
                dir.Write(Path.Combine("gen", file.RelativePath), file.Content);
            }

            Directory.CreateSymbolicLink(Path.Combine(dir.Path, "node_modules"), modules);
            var segment = await SegmentTrackingApiStandIn.StartAsync();
            var serve = await ServeProcess.StartAsync(
                ["--port", "0", "--schemas", schemas, "--spool-dir", Path.Combine(dir.Path, "spool")],
                new Dictionary<string, string>
                {
                    ["REGISTRY_WRITE_KEY"] = RunningServer.WriteKey,
                    ["SEGMENT_WRITE_KEY_VALID"] = RunningServer.ValidKey,
                    ["SEGMENT_WRITE_KEY_INVALID"] = RunningServer.InvalidKey,
                    ["SEGMENT_API_HOST"] = segment.BaseAddress.ToString(),
                });
            return new GatewayRun(dir, segment, serve, schemas);
        }

        /// <summary>Runs <paramref name="calls"/> against a client over a real analytics-node pointed at the gateway.</summary>
        public async Task<(int ExitCode, string Output)> RunNodeAsync(string calls, bool onViolation = false)
        {
            var settings = onViolation
                ? "{ onViolation: (v) => console.log(`violation ${v.event} ${v.schemaId} ${v.pointer} ${v.message}`) }"
                : "{}";
            var host = _serve.Address.ToString().TrimEnd('/');
            var script = $$"""
                import { Analytics } from "@segment/analytics-node";
                import { createClient } from "./gen/index.js";

                const analytics = new Analytics({ writeKey: "{{RunningServer.WriteKey}}", host: "{{host}}", flushAt: 5, flushInterval: 200 });
                analytics.on("error", (e) => { console.error("analytics error", e); process.exitCode = 3; });
                const client = createClient(analytics, {{settings}});
                {{calls}}
                await analytics.closeAndFlush({ timeout: 20000 });
                """;
            var path = _dir.Write("send.mjs", script);
            var start = new ProcessStartInfo(NodePackages.NodeExecutable, path)
            {
                WorkingDirectory = _dir.Path,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output + await error);
        }

        public async ValueTask DisposeAsync()
        {
            await _serve.DisposeAsync();
            await Segment.DisposeAsync();
            _dir.Dispose();
        }
    }
}
