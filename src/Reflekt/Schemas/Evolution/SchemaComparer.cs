using System.Runtime.InteropServices;
using System.Text.Json;
using Reflekt.Schemas.Evolution.Comparers;

namespace Reflekt.Schemas.Evolution;

/// <summary>One comparison run: walks both schemas, dereferences <c>$ref</c>s with cycle protection, dispatches keywords.</summary>
internal sealed class SchemaComparer
{
    private const int MaxDepth = 64;

    // Keywords that annotate or organise but never reject an instance; differences in them are not changes
    // ($defs/definitions are compared where a $ref uses them).
    private static readonly HashSet<string> Inert = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "id", "self", "$comment", "$anchor", "$dynamicAnchor", "$recursiveAnchor", "$vocabulary",
        "$defs", "definitions", "title", "examples", "default", "readOnly", "writeOnly", "deprecated",
        "contentMediaType", "contentEncoding", "contentSchema",
    };

    private static readonly JsonElement AcceptAll = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly HashSet<string> activeReferences = new(StringComparer.Ordinal);

    public List<SchemaChange> Changes { get; private set; } = [];

    public void Add(SchemaChange change) => Changes.Add(change);

    /// <summary>Marks the two roots as being compared, so a <c>$ref</c> back to a root ends the walk there.</summary>
    public void EnterRoots(JsonElement oldRoot, JsonElement newRoot) =>
        activeReferences.Add(SchemaReferenceResolver.RootKey(oldRoot) + "|" + SchemaReferenceResolver.RootKey(newRoot));

    /// <summary>The changes between two sub-schemas, collected aside (for keywords that invert or re-weigh them).</summary>
    public List<SchemaChange> Probe(SchemaNode old, SchemaNode @new, string pointer, int depth)
    {
        var saved = Changes;
        Changes = [];
        try
        {
            CompareSchema(old, @new, pointer, depth);
            return Changes;
        }
        finally
        {
            Changes = saved;
        }
    }

    public void CompareSchema(SchemaNode old, SchemaNode @new, string pointer, int depth)
    {
        // Most of a plan is unchanged between two refs: the same bytes hold no change unless a $ref inside them
        // points elsewhere, so keyword comparison is only spent on what was edited (diff --base over 10,000 schemas).
        var oldBytes = JsonMarshal.GetRawUtf8Value(old.Element);
        if (oldBytes.SequenceEqual(JsonMarshal.GetRawUtf8Value(@new.Element)) && !MayReference(oldBytes))
        {
            return;
        }
        if (depth > MaxDepth)
        {
            if (!JsonElement.DeepEquals(old.Element, @new.Element))
            {
                Add(SchemaChangeKind.NotAnalysed.At(pointer, KeywordComparison.Show(old.Element), KeywordComparison.Show(@new.Element)));
            }
            return;
        }
        var (oldTarget, oldKey) = Dereference(old, pointer);
        var (newTarget, newKey) = Dereference(@new, pointer);
        if (oldTarget is null || newTarget is null)
        {
            if (JsonElement.DeepEquals(old.Element, @new.Element))
            {
                return;
            }
            Add(SchemaChangeKind.ReferenceUnresolved.At(pointer + "/$ref", Reference(old.Element), Reference(@new.Element)));
            return;
        }
        var pair = oldKey is null && newKey is null ? null : (oldKey ?? "@" + pointer) + "|" + (newKey ?? "@" + pointer);
        if (pair is not null && !activeReferences.Add(pair))
        {
            // Already comparing this pair further up: a recursive schema is equal to itself unless a change elsewhere says otherwise.
            return;
        }
        try
        {
            CompareResolved(Normalise(oldTarget.Value), Normalise(newTarget.Value), pointer, depth);
        }
        finally
        {
            if (pair is not null)
            {
                activeReferences.Remove(pair);
            }
        }
    }

    private void CompareResolved(SchemaNode old, SchemaNode @new, string pointer, int depth)
    {
        var o = old.Element;
        var n = @new.Element;
        if (o.ValueKind == JsonValueKind.False)
        {
            if (n.ValueKind != JsonValueKind.False)
            {
                Add(SchemaChangeKind.SchemaWasFalse.At(pointer, "false", KeywordComparison.Show(n)));
            }
            return;
        }
        if (n.ValueKind == JsonValueKind.False)
        {
            Add(SchemaChangeKind.SchemaNowFalse.At(pointer, KeywordComparison.Show(o), "false"));
            return;
        }
        if (o.ValueKind != JsonValueKind.Object || n.ValueKind != JsonValueKind.Object)
        {
            if (!JsonElement.DeepEquals(o, n))
            {
                Add(SchemaChangeKind.SchemaReplaced.At(pointer, KeywordComparison.Show(o), KeywordComparison.Show(n)));
            }
            return;
        }
        var comparison = new KeywordComparison(this, old, @new, pointer, depth);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var comparer in KeywordComparers.All)
        {
            var present = false;
            var differs = false;
            foreach (var keyword in comparer.Keywords)
            {
                var a = comparison.OldValue(keyword);
                var b = comparison.NewValue(keyword);
                present |= a is not null || b is not null;
                differs |= a is null != b is null || (a is { } x && b is { } y && !JsonElement.DeepEquals(x, y))
                    // Equal text can still hold a $ref whose target changed, so it is walked too.
                    || (a is { } r && MayReference(JsonMarshal.GetRawUtf8Value(r)));
                claimed.Add(keyword);
            }
            if (differs || (present && comparer.RunsWhenEqual))
            {
                comparer.Compare(comparison);
            }
        }
        foreach (var keyword in Keywords(o, n))
        {
            if (claimed.Contains(keyword) || Inert.Contains(keyword))
            {
                continue;
            }
            var a = comparison.OldValue(keyword);
            var b = comparison.NewValue(keyword);
            if (a is null != b is null || (a is { } x && b is { } y && !JsonElement.DeepEquals(x, y)))
            {
                Add(SchemaChangeKind.NotAnalysed.At(comparison.At(keyword), KeywordComparison.Show(a), KeywordComparison.Show(b)));
            }
        }
    }

    private static IEnumerable<string> Keywords(JsonElement old, JsonElement @new)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in old.EnumerateObject().Concat(@new.EnumerateObject()))
        {
            if (seen.Add(property.Name))
            {
                yield return property.Name;
            }
        }
    }

    // A schema that is only a $ref (plus annotations) is what it points to; with other keywords beside it,
    // the $ref is compared by RefComparer like any other keyword.
    private static (SchemaNode? Target, string? Key) Dereference(SchemaNode node, string pointer)
    {
        string? key = null;
        for (var hops = 0; hops < MaxDepth; hops++)
        {
            if (node.Element.ValueKind != JsonValueKind.Object
                || !node.Element.TryGetProperty("$ref", out var reference)
                || reference.ValueKind != JsonValueKind.String
                || node.Element.EnumerateObject().Any(p => p.Name != "$ref" && !Inert.Contains(p.Name)))
            {
                return (node, key);
            }
            if (SchemaReferenceResolver.Resolve(node, reference.GetString()!) is not { } resolved)
            {
                return (null, null);
            }
            node = resolved.Target;
            key = resolved.Key;
        }
        return (node, key);
    }

    private static SchemaNode Normalise(SchemaNode node) => node.Element.ValueKind == JsonValueKind.True ? node with { Element = AcceptAll } : node;

    private static string? Reference(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var r) ? r.GetRawText() : null;

    private static bool MayReference(ReadOnlySpan<byte> bytes) => bytes.IndexOf("ef\""u8) >= 0;
}
