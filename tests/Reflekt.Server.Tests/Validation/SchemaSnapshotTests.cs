using Reflekt.Server.Validation;

namespace Reflekt.Server.Tests.Validation;

public sealed class SchemaSnapshotTests
{
    private static SchemaEntry Entry(string id, string text)
    {
        var (entry, problems) = SchemaCompilation.Compile(id, text, Reflekt.Validation.FormatPolicy.Assert);
        Assert.Empty(problems);
        return entry!;
    }

    [Fact]
    public void The_latest_version_by_major_then_minor_answers_for_an_event_name()
    {
        var snapshot = new SchemaSnapshot(
        [
            Entry("a/Order_Completed/1-9.json", """{"$id":"a/Order_Completed/1-9.json","self":{"name":"Order Completed"}}"""),
            Entry("a/Order_Completed/2-0.json", """{"$id":"a/Order_Completed/2-0.json","self":{"name":"Order Completed"}}"""),
            Entry("a/Order_Completed/1-10.json", """{"$id":"a/Order_Completed/1-10.json","self":{"name":"Order Completed"}}"""),
        ]);

        Assert.Equal("a/Order_Completed/2-0.json", snapshot.LatestFor("Order Completed")!.Id);
        Assert.Equal("a/Order_Completed/2-0.json", snapshot.LatestFor("order_completed")!.Id);
        Assert.Null(snapshot.LatestFor("Order Cancelled"));
    }

    [Fact]
    public void Without_self_name_the_folder_names_the_event()
    {
        var snapshot = new SchemaSnapshot([Entry("plan/Signed_Up/1-0.json", """{"type":"object"}""")]);

        Assert.Equal("plan/Signed_Up/1-0.json", snapshot.LatestFor("Signed Up")!.Id);
    }

    [Fact]
    public void With_and_without_return_new_snapshots_and_leave_the_old_one_alone()
    {
        var old = new SchemaSnapshot([Entry("p/A/1-0.json", """{}""")]);

        var added = old.With(Entry("p/B/1-0.json", """{}"""));
        var removed = added.Without("p/A/1-0.json");

        Assert.Single(old.ById);
        Assert.Equal(2, added.ById.Count);
        Assert.Equal(["p/B/1-0.json"], removed.ById.Keys);
    }
}
