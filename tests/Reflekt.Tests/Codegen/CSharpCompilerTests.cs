using Reflekt.Codegen;
using Reflekt.Codegen.CSharp;
using Reflekt.Testing;

namespace Reflekt.Tests.Codegen;

/// <summary>The C# client built by the real <c>dotnet build</c> (nullable on, warnings as errors), then run.</summary>
public sealed class CSharpCompilerTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
        </Project>
        """;

    private const string Recorder = """
        using System.Text.Json.Nodes;
        using TrackingPlan;

        // Shaped like Segment's analytics-csharp; records what the real library would be asked to send.
        sealed class Recorder : IAnalytics
        {
            public List<string> Calls { get; } = [];
            public void Track(string name, JsonObject properties, CallOptions? options) => Calls.Add($"track {name} {properties.ToJsonString()} {options?.Context?.ToJsonString()}");
            public void Identify(string? userId, JsonObject traits, CallOptions? options) => Calls.Add($"identify {userId} {traits.ToJsonString()}");
            public void Page(string? name, JsonObject properties, CallOptions? options) => Calls.Add($"page {name} {properties.ToJsonString()}");
            public void Screen(string? name, JsonObject properties, CallOptions? options) => Calls.Add($"screen {name} {properties.ToJsonString()}");
            public void Group(string groupId, JsonObject traits, CallOptions? options) => Calls.Add($"group {groupId} {traits.ToJsonString()}");
        }
        """;

    private const string Good = """
        using System.Text.Json.Nodes;
        using TrackingPlan;

        var recorder = new Recorder();
        var violations = new List<Violation>();
        var client = new TrackingPlanClient(recorder, violations.Add);
        client.OrderCompleted(new OrderCompleted
        {
            OrderId = "o1",
            Total = 10.5,
            Currency = OrderCompletedCurrency.Eur,
            Channel = null,
            CompletedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            DeliveryDate = new DateOnly(2026, 1, 5),
            Tags = ["a"],
            Metadata = new Dictionary<string, string> { ["k"] = "v" },
            ShippingAddress = new OrderCompletedAddress { City = "Oslo" },
            Products = [new OrderCompletedProductsItem { ProductId = "p1", Price = 2, Category = OrderCompletedProductsItemCategory.Drinks }],
        }, new CallOptions(Context: new JsonObject { ["ip"] = "127.0.0.1" }));
        client.OrderCompletedV1(new OrderCompletedV1 { OrderId = "o1" });
        client.Identify("u1", new Identify { Email = "x@example.com", Plan = IdentifyPlan.Pro });
        client.PageViewed("Home", new PageViewed { Path = "/" });
        client.Group("g1", new Group { Name = "Acme" });
        client.ReservedWords(new ReservedWords { Class = "c", DisplayName = "d", _2faEnabled = true, ToJsonValue = "t", ReservedWords2 = "r", Kind = ReservedWordsKind.Value });
        // A null forced past the compiler: the runtime check reports it and nothing is sent.
        client.OrderCompleted(new OrderCompleted { OrderId = null!, Total = 1, Currency = OrderCompletedCurrency.Usd, Products = [] });
        foreach (var call in recorder.Calls) Console.WriteLine(call);
        foreach (var v in violations) Console.WriteLine($"violation {v.Event} {v.Pointer} {v.Message}");
        """;

    [Fact]
    public async Task Generated_clients_build_with_warnings_as_errors()
    {
        foreach (var plan in new[] { CodegenPlans.JaffleShop, CodegenPlans.Generated(1000) })
        {
            using var dir = Scratch(plan, "System.Console.WriteLine(typeof(TrackingPlan.TrackingPlanClient));\n");

            (await Build(dir.Path)).AssertSucceeded();
        }
    }

    [Fact]
    public async Task Well_typed_calls_build_and_send_what_the_schema_says()
    {
        using var dir = Scratch(CodegenPlans.Features, Good);

        (await Build(dir.Path)).AssertSucceeded();
        var run = await CompilerRun.RunAsync(dir.Path, "dotnet", Path.Combine("bin", "Debug", "net10.0", "usage.dll"));

        run.AssertSucceeded();
        var lines = run.Output.Trim().Split('\n');
        Assert.Equal(
            """track Order Completed {"order_id":"o1","total":10.5,"currency":"EUR","completed_at":"2026-01-02T03:04:05.0000000\u002B00:00","delivery_date":"2026-01-05","tags":["a"],"metadata":{"k":"v"},"shipping_address":{"city":"Oslo"},"products":[{"product_id":"p1","category":"drinks","price":2}],"schema_id":"app/Order_Completed/2-1.json"} {"ip":"127.0.0.1"}""",
            lines[0]);
        Assert.Equal("""track Order Completed {"order_id":"o1","schema_id":"app/Order_Completed/1-0.json"} """, lines[1]);
        Assert.Equal("""identify u1 {"email":"x@example.com","plan":"pro","schema_id":"app/Identify/1-0.json"}""", lines[2]);
        Assert.Equal("""page Home {"path":"/","schema_id":"app/Page_Viewed/1-0.json"}""", lines[3]);
        Assert.Equal("""group g1 {"name":"Acme","schema_id":"app/Group/1-0.json"}""", lines[4]);
        Assert.StartsWith("""track Reserved Words {"class":"c","display-name":"d","2fa_enabled":true,"ToJson":"t","reserved_words":"r","kind":"","schema_id":""", lines[5]);
        Assert.Equal("violation Order Completed /order_id required", lines[6]);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public async Task Wrong_calls_fail_the_build()
    {
        using var dir = Scratch(CodegenPlans.Features, Good);
        dir.Write("MissingRequired.cs", "static class MissingRequired { static void M(TrackingPlan.TrackingPlanClient c) => c.OrderCompleted(new TrackingPlan.OrderCompleted { OrderId = \"o\", Total = 1, Currency = TrackingPlan.OrderCompletedCurrency.Eur }); }\n");
        dir.Write("WrongEnum.cs", "static class WrongEnum { static void M(TrackingPlan.TrackingPlanClient c) => c.OrderCompleted(new TrackingPlan.OrderCompleted { OrderId = \"o\", Total = 1, Currency = TrackingPlan.OrderCompletedCurrency.Gbp, Products = [] }); }\n");
        dir.Write("WrongType.cs", "static class WrongType { static void M(TrackingPlan.TrackingPlanClient c) => c.OrderCompleted(new TrackingPlan.OrderCompleted { OrderId = \"o\", Total = \"19.99\", Currency = TrackingPlan.OrderCompletedCurrency.Eur, Products = [] }); }\n");

        var run = await Build(dir.Path);

        run.AssertErrorIn("MissingRequired.cs", "CS9035");
        run.AssertErrorIn("WrongEnum.cs", "CS0117");
        run.AssertErrorIn("WrongType.cs", "CS0029");
        run.AssertNoErrorIn("Usage.cs");
    }

    private static TempDirectory Scratch(TrackingPlan plan, string usage)
    {
        var dir = new TempDirectory("reflekt-codegen-cs");
        CompilerRun.WriteFiles(Path.Combine(dir.Path, "gen"), new CSharpGenerator().Generate(plan, new CodegenOptions(CodegenSdk.Segment)));
        dir.Write("usage.csproj", Project);
        dir.Write("Recorder.cs", Recorder);
        dir.Write("Usage.cs", usage);
        return dir;
    }

    private static Task<CompilerRun> Build(string directory) =>
        CompilerRun.RunAsync(directory, "dotnet", "build", "--nologo", "-v", "q", "-p:UseSharedCompilation=false", "-clp:NoSummary");
}
