using Reflekt.Codegen;
using Reflekt.Codegen.Python;
using Reflekt.Testing;
using Reflekt.Testing.Node;

namespace Reflekt.Tests.Codegen;

/// <summary>
/// The Python client under the real <c>pyright --strict</c> (npm), then run by python3 against a recorder with
/// analytics-python's call signatures (PyPI is out of reach here, so the SDK itself cannot be installed).
/// </summary>
public sealed class PythonCompilerTests
{
    private const string Packages = "tests/codegen-compilers";

    // analytics-python's module-level functions (segment/analytics/__init__.py), recording instead of sending.
    private const string Recorder = """
        from __future__ import annotations

        from datetime import datetime
        from typing import Any, Mapping


        class Recorder:
            def __init__(self) -> None:
                self.calls: list[tuple[str, dict[str, Any]]] = []

            def _record(self, call: str, **fields: Any) -> None:
                self.calls.append((call, fields))

            def track(self, user_id: str | None = None, event: str | None = None, properties: Mapping[str, Any] | None = None, context: Mapping[str, Any] | None = None, timestamp: datetime | None = None, anonymous_id: str | None = None, integrations: Mapping[str, Any] | None = None, message_id: str | None = None) -> None:
                self._record("track", user_id=user_id, event=event, properties=properties, context=context, anonymous_id=anonymous_id)

            def identify(self, user_id: str | None = None, traits: Mapping[str, Any] | None = None, context: Mapping[str, Any] | None = None, timestamp: datetime | None = None, anonymous_id: str | None = None, integrations: Mapping[str, Any] | None = None, message_id: str | None = None) -> None:
                self._record("identify", user_id=user_id, traits=traits)

            def group(self, user_id: str | None = None, group_id: str | None = None, traits: Mapping[str, Any] | None = None, context: Mapping[str, Any] | None = None, timestamp: datetime | None = None, anonymous_id: str | None = None, integrations: Mapping[str, Any] | None = None, message_id: str | None = None) -> None:
                self._record("group", user_id=user_id, group_id=group_id, traits=traits)

            def page(self, user_id: str | None = None, category: str | None = None, name: str | None = None, properties: Mapping[str, Any] | None = None, context: Mapping[str, Any] | None = None, timestamp: datetime | None = None, anonymous_id: str | None = None, integrations: Mapping[str, Any] | None = None, message_id: str | None = None) -> None:
                self._record("page", user_id=user_id, name=name, properties=properties)

            def screen(self, user_id: str | None = None, category: str | None = None, name: str | None = None, properties: Mapping[str, Any] | None = None, context: Mapping[str, Any] | None = None, timestamp: datetime | None = None, anonymous_id: str | None = None, integrations: Mapping[str, Any] | None = None, message_id: str | None = None) -> None:
                self._record("screen", user_id=user_id, name=name, properties=properties)
        """;

    private const string Good = """
        from datetime import datetime
        from typing import Any, cast

        from recorder import Recorder
        from tracking_plan import TrackingPlanClient, Violation

        recorder = Recorder()
        violations: list[Violation] = []
        client = TrackingPlanClient(recorder, on_violation=violations.append)
        client.order_completed(
            {
                "order_id": "o1", "total": 10, "currency": "EUR", "coupon": None, "channel": None,
                "completed_at": datetime(2026, 1, 2), "shipping_address": {"city": "Oslo", "postal_code": None},
                "products": [{"product_id": "p1", "price": 2.5, "category": "drinks", "options": [{"name": "size", "value": 3}]}],
            },
            user_id="u1",
            context={"ip": "127.0.0.1"},
        )
        client.order_completed_v1({"order_id": "o1"}, anonymous_id="a1")
        client.identify({"email": "x@example.com", "plan": "pro"}, user_id="u1")
        client.page_viewed("Home", {"path": "/"}, anonymous_id="a1")
        client.group("g1", {"name": "Acme"}, user_id="u1")
        client.reserved_words({"class": "c", "def": "d", "display-name": "n", "2fa_enabled": True, "kind": ""}, user_id="u1")
        # A call the type checker would reject, forced through: the runtime check reports it and nothing is sent.
        client.order_completed(cast(Any, {"order_id": "o1", "total": "19.99", "currency": "GBP", "products": [{"price": 1}]}), user_id="u1")

        assert [c[0] for c in recorder.calls] == ["track", "track", "identify", "page", "group", "track"], recorder.calls
        assert recorder.calls[0][1]["event"] == "Order Completed"
        assert recorder.calls[0][1]["properties"]["schema_id"] == "app/Order_Completed/2-1.json"
        assert recorder.calls[0][1]["context"] == {"ip": "127.0.0.1"}
        assert recorder.calls[1][1]["properties"]["schema_id"] == "app/Order_Completed/1-0.json"
        assert recorder.calls[2][1]["traits"]["schema_id"] == "app/Identify/1-0.json"
        assert recorder.calls[4][1]["group_id"] == "g1"
        assert [(v.pointer, v.message) for v in violations] == [
            ("/total", "expected number"),
            ("/currency", "expected one of USD, EUR, CAD"),
            ("/products/0/product_id", "required"),
        ], violations
        print("ok")
        """;

    [Fact]
    public async Task Generated_clients_pass_pyright_strict()
    {
        // 200 generated events, not 1,000 as for the other compilers: pyright --strict over 1,000 TypedDicts takes
        // minutes on a loaded 2-core runner and timed out; scale itself is bench/codegen's job.
        foreach (var plan in new[] { CodegenPlans.Features, CodegenPlans.JaffleShop, CodegenPlans.Generated(200) })
        {
            using var dir = Scratch(plan, "from tracking_plan import TrackingPlanClient\n\n__all__ = [\"TrackingPlanClient\"]\n");

            (await Pyright(dir.Path, "tracking_plan/__init__.py", "usage.py")).AssertSucceeded();
        }
    }

    [Fact]
    public async Task Well_typed_calls_pass_and_run()
    {
        using var dir = Scratch(CodegenPlans.Features, Good);

        (await Pyright(dir.Path, "usage.py", "recorder.py")).AssertSucceeded();
        var run = await CompilerRun.RunAsync(dir.Path, "python3", "usage.py");
        run.AssertSucceeded();
        Assert.Equal("ok", run.Output.Trim());
    }

    [Fact]
    public async Task Wrong_calls_fail_the_type_check()
    {
        using var dir = Scratch(CodegenPlans.Features, Good);
        const string prelude = "from recorder import Recorder\nfrom tracking_plan import TrackingPlanClient\n\nclient = TrackingPlanClient(Recorder())\n";
        dir.Write("missing_required.py", prelude + "client.order_completed({\"order_id\": \"o\", \"total\": 1, \"currency\": \"EUR\"}, user_id=\"u\")\n");
        dir.Write("wrong_enum.py", prelude + "client.order_completed({\"order_id\": \"o\", \"total\": 1, \"currency\": \"GBP\", \"products\": []}, user_id=\"u\")\n");
        dir.Write("wrong_type.py", prelude + "client.order_completed({\"order_id\": \"o\", \"total\": \"19.99\", \"currency\": \"EUR\", \"products\": []}, user_id=\"u\")\n");

        var run = await Pyright(dir.Path, "usage.py", "missing_required.py", "wrong_enum.py", "wrong_type.py");

        run.AssertErrorIn("missing_required.py", "\"products\" is required");
        run.AssertErrorIn("wrong_enum.py", "Literal['GBP']");
        run.AssertErrorIn("wrong_type.py", "\"Literal['19.99']\" is not assignable to \"float\"");
        run.AssertNoErrorIn("usage.py");
    }

    private static TempDirectory Scratch(TrackingPlan plan, string usage)
    {
        var dir = new TempDirectory("reflekt-codegen-py");
        CompilerRun.WriteFiles(dir.Path, new PythonGenerator().Generate(plan, new CodegenOptions(CodegenSdk.Segment)));
        dir.Write("recorder.py", Recorder);
        dir.Write("usage.py", usage);
        dir.Write("pyrightconfig.json", "{ \"typeCheckingMode\": \"strict\", \"pythonVersion\": \"3.11\" }\n");
        return dir;
    }

    private static Task<CompilerRun> Pyright(string directory, params string[] files)
    {
        var pyright = Path.Combine(NodePackages.Require(Packages), "node_modules", "pyright", "index.js");
        return CompilerRun.RunAsync(directory, NodePackages.NodeExecutable, [pyright, .. files]);
    }
}
