using Reflekt.Reflection;
using static Reflekt.Tests.Reflection.ReflectionFacts;

namespace Reflekt.Tests.Reflection;

public sealed class RevisionTrackerTests
{
    private const string Source = "wh.analytics.segment";

    [Fact]
    public void First_sight_is_revision_one_with_every_column_added()
    {
        var s = RevisionTracker.Apply(null, Source, "a/B/1-0.json", Seen("b", Col("id", "text", 1), Col("x", "bigint", 2)), T0);

        Assert.Equal(1, s.Revision);
        var change = Assert.Single(s.History);
        Assert.Equal(["id", "x"], change.Added);
        Assert.Null(change.MissingTable);
        Assert.False(s.MissingTable);
        Assert.Equal(3, s.RowCount);
        Assert.Equal(T0, s.ReflectedAt);
    }

    [Fact]
    public void Same_column_set_in_another_order_or_raw_width_makes_no_revision()
    {
        var s1 = RevisionTracker.Apply(null, Source, null, Seen("b", Col("id", "varchar(256)", 1), Col("x", "bigint", 2)), T0);
        var s2 = RevisionTracker.Apply(s1, Source, null, Seen("b", Col("x", "bigint", 1), Col("id", "varchar(2048)", 2)), T0.AddHours(1));

        Assert.Equal(1, s2.Revision);
        Assert.Single(s2.History);
        Assert.Equal("varchar(2048)", s2.Columns.Single(c => c.Name == "id").RawType);
        Assert.Equal(T0.AddHours(1), s2.ReflectedAt);
    }

    [Fact]
    public void Added_removed_and_type_changed_columns_make_one_revision()
    {
        var s1 = RevisionTracker.Apply(null, Source, null, Seen("b", Col("id", "text", 1), Col("x", "bigint", 2), Col("y", "text", 3)), T0);
        var s2 = RevisionTracker.Apply(s1, Source, null, Seen("b", Col("id", "text", 1), Col("x", "text", 2), Col("z", "boolean", 3)), T0.AddHours(1));

        Assert.Equal(2, s2.Revision);
        var change = s2.History[1];
        Assert.Equal(2, change.Revision);
        Assert.Equal(["z"], change.Added);
        Assert.Equal(["y"], change.Removed);
        Assert.Equal([new TypeChange("x", "bigint", "text")], change.TypeChanges);
        Assert.Null(change.MissingTable);
    }

    [Fact]
    public void A_vanished_table_keeps_its_columns_and_is_flagged_once_then_cleared_when_back()
    {
        var s1 = RevisionTracker.Apply(null, Source, null, Seen("b", Col("id", "text", 1), Col("x", "bigint", 2)), T0);
        var gone = RevisionTracker.Apply(s1, Source, null, TableReflection.Missing("b"), T0.AddHours(1));
        var stillGone = RevisionTracker.Apply(gone, Source, null, TableReflection.Missing("b"), T0.AddHours(2));
        var back = RevisionTracker.Apply(stillGone, Source, null, Seen("b", Col("id", "text", 1), Col("x", "bigint", 2)), T0.AddHours(3));

        Assert.True(gone.MissingTable);
        Assert.Equal(2, gone.Revision);
        Assert.Equal(["id", "x"], gone.Columns.Select(c => c.Name));
        Assert.True(gone.History[1].MissingTable);
        Assert.Equal(2, stillGone.Revision);
        Assert.False(back.MissingTable);
        Assert.Equal(3, back.Revision);
        Assert.Equal(3, back.History[2].Revision);
        Assert.False(back.History[2].MissingTable);
        Assert.Empty(back.History[2].Removed);
        Assert.Empty(back.History[2].Added);
    }

    [Fact]
    public void Freshness_merges_as_min_first_seen_and_max_valid_through()
    {
        var s1 = RevisionTracker.Apply(null, Source, null, Seen("b", Col("received_at", "timestamp", 1)), T0);
        var empty = new TableReflection("b", true, s1.Columns, [], null, null, null);
        var s2 = RevisionTracker.Apply(s1, Source, null, empty, T0.AddDays(40));

        Assert.Equal(T0.AddHours(-3), s2.FirstSeen);
        Assert.Equal(T0.AddHours(-1), s2.ValidThrough);
        Assert.Equal(0, s2.RowCount);
    }

    [Fact]
    public void A_failure_records_the_error_and_keeps_the_facts_and_a_success_clears_it()
    {
        var s1 = RevisionTracker.Apply(null, Source, null, Seen("b", Col("id", "text", 1)), T0);
        var failed = RevisionTracker.Fail(s1, Source, null, "b", "timed out after 2s", T0.AddHours(1));
        var fresh = RevisionTracker.Fail(null, Source, null, "c", "boom", T0);
        var recovered = RevisionTracker.Apply(fresh, Source, null, Seen("c", Col("id", "text", 1)), T0.AddHours(1));

        Assert.Equal("timed out after 2s", failed.LastError);
        Assert.Equal(T0, failed.ReflectedAt);
        Assert.Equal(T0.AddHours(1), failed.LastAttemptAt);
        Assert.Equal(1, failed.Revision);
        Assert.Equal(0, fresh.Revision);
        Assert.Null(fresh.ReflectedAt);
        Assert.Equal(1, recovered.Revision);
        Assert.Null(recovered.LastError);
    }
}
