using Reflekt.Codegen;
using Reflekt.Codegen.Kotlin;
using Reflekt.Testing;

namespace Reflekt.Tests.Codegen;

/// <summary>
/// The Kotlin client compiled by the real <c>kotlinc</c> when Debian's <c>kotlin</c> package is installed (skipped with
/// a message otherwise: it is large and only these tests use it), then run.
/// </summary>
public sealed class KotlinCompilerTests
{
    private const string Good = """
        import trackingplan.*

        class Recorder : Analytics {
            val calls = ArrayList<String>()
            override fun track(name: String, properties: Map<String, Any?>, options: CallOptions?) { calls.add("track $name $properties") }
            override fun identify(userId: String?, traits: Map<String, Any?>, options: CallOptions?) { calls.add("identify $userId $traits") }
            override fun page(name: String?, properties: Map<String, Any?>, options: CallOptions?) { calls.add("page $name $properties") }
            override fun screen(name: String?, properties: Map<String, Any?>, options: CallOptions?) { calls.add("screen $name $properties") }
            override fun group(groupId: String, traits: Map<String, Any?>, options: CallOptions?) { calls.add("group $groupId $traits") }
        }

        fun main() {
            val recorder = Recorder()
            val client = TrackingPlanClient(recorder)
            client.orderCompleted(OrderCompleted(
                orderId = "o1", total = 10.5, currency = OrderCompletedCurrency.EUR,
                products = listOf(OrderCompletedProductsItem(productId = "p1", price = 2.0, category = OrderCompletedProductsItemCategory.DRINKS)),
                shippingAddress = OrderCompletedAddress(city = "Oslo")))
            client.orderCompletedV1(OrderCompletedV1(orderId = "o1"))
            client.identify("u1", Identify(email = "x@example.com", plan = IdentifyPlan.PRO))
            client.pageViewed("Home", PageViewed(path = "/"))
            client.group("g1", Group(name = "Acme"))
            client.reservedWords(ReservedWords(`class` = "c", `in` = "i", `fun` = "f", displayName = "d", kind = ReservedWordsKind.VALUE))
            for (call in recorder.calls) println(call)
        }
        """;

    [Fact]
    public async Task Generated_clients_compile()
    {
        var kotlinc = Kotlinc();
        foreach (var plan in new[] { CodegenPlans.JaffleShop, CodegenPlans.Generated(1000) })
        {
            using var dir = Scratch(plan, "fun main() { println(trackingplan.TrackingPlanClient::class) }\n");

            (await CompilerRun.RunAsync(dir.Path, kotlinc, "-J-Xmx4g", "gen/TrackingPlan.kt", "Usage.kt", "-d", "out")).AssertSucceeded();
        }
    }

    [Fact]
    public async Task Well_typed_calls_compile_and_send_what_the_schema_says()
    {
        var kotlinc = Kotlinc();
        using var dir = Scratch(CodegenPlans.Features, Good);

        (await CompilerRun.RunAsync(dir.Path, kotlinc, "-J-Xmx4g", "gen/TrackingPlan.kt", "Usage.kt", "-include-runtime", "-d", "usage.jar")).AssertSucceeded();
        var run = await CompilerRun.RunAsync(dir.Path, "java", "-jar", "usage.jar");

        run.AssertSucceeded();
        var lines = run.Output.Trim().Split('\n');
        Assert.Equal("track Order Completed {order_id=o1, total=10.5, currency=EUR, shipping_address={city=Oslo}, products=[{product_id=p1, category=drinks, price=2.0}], schema_id=app/Order_Completed/2-1.json}", lines[0]);
        Assert.Equal("identify u1 {email=x@example.com, plan=pro, schema_id=app/Identify/1-0.json}", lines[2]);
        Assert.Equal("group g1 {name=Acme, schema_id=app/Group/1-0.json}", lines[4]);
        Assert.StartsWith("track Reserved Words {class=c, in=i, fun=f, display-name=d, kind=, schema_id=", lines[5]);
    }

    [Fact]
    public async Task Wrong_calls_fail_to_compile()
    {
        var kotlinc = Kotlinc();
        using var dir = Scratch(CodegenPlans.Features, Good);
        const string prelude = "import trackingplan.*\n";
        dir.Write("MissingRequired.kt", prelude + "fun a(c: TrackingPlanClient) = c.orderCompleted(OrderCompleted(orderId = \"o\", total = 1.0, currency = OrderCompletedCurrency.EUR))\n");
        dir.Write("WrongEnum.kt", prelude + "fun b(c: TrackingPlanClient) = c.orderCompleted(OrderCompleted(orderId = \"o\", total = 1.0, currency = OrderCompletedCurrency.GBP, products = listOf()))\n");
        dir.Write("WrongType.kt", prelude + "fun d(c: TrackingPlanClient) = c.orderCompleted(OrderCompleted(orderId = \"o\", total = \"19.99\", currency = OrderCompletedCurrency.EUR, products = listOf()))\n");

        var run = await CompilerRun.RunAsync(dir.Path, kotlinc, "-J-Xmx4g", "gen/TrackingPlan.kt", "Usage.kt", "MissingRequired.kt", "WrongEnum.kt", "WrongType.kt", "-d", "out");

        run.AssertErrorIn("MissingRequired.kt", "No value passed for parameter 'products'");
        run.AssertErrorIn("WrongEnum.kt", "Unresolved reference: GBP");
        run.AssertErrorIn("WrongType.kt", "Type mismatch");
        run.AssertNoErrorIn("Usage.kt");
    }

    private static string Kotlinc()
    {
        const string path = "/usr/bin/kotlinc";
        if (!File.Exists(path))
        {
            Assert.Skip("kotlinc not installed (apt-get install kotlin): the Kotlin client is not compiled");
        }

        return path;
    }

    private static TempDirectory Scratch(TrackingPlan plan, string usage)
    {
        var dir = new TempDirectory("reflekt-codegen-kt");
        CompilerRun.WriteFiles(Path.Combine(dir.Path, "gen"), new KotlinGenerator().Generate(plan, new CodegenOptions(CodegenSdk.Segment)));
        dir.Write("Usage.kt", usage);
        return dir;
    }
}
