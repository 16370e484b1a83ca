using System.Text.Json;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Compilation;

/// <summary>
/// Turns schema documents into a graph of <see cref="SchemaNode"/>s: indexes identifiers and anchors first,
/// then compiles nodes on demand, linking every reference at compile time. One compiler per Compile call.
/// </summary>
internal sealed class SchemaCompiler
{
    private readonly SchemaRegistry _registry;
    private readonly Dictionary<string, SchemaResource> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<(SchemaDocument, string), SchemaNode> _nodes = [];

    public SchemaCompiler(SchemaRegistry registry, bool assertFormat)
    {
        _registry = registry;
        AssertFormat = assertFormat;
    }

    public bool AssertFormat { get; }

    public SchemaNode CompileRoot(JsonElement root, string retrievalUri, Dialect defaultDialect)
    {
        var document = AddDocument(root, retrievalUri, defaultDialect, isRoot: true);
        var node = NodeAt(document, "", root);
        RejectInPlaceCycles();
        return node;
    }

    /// <summary>
    /// A chain of references/allOf/if… that comes back to where it started without descending into the
    /// instance would recurse forever at validation time; report it now, with the location of the loop.
    /// </summary>
    private void RejectInPlaceCycles()
    {
        var state = new Dictionary<SchemaNode, bool>(ReferenceEqualityComparer.Instance); // false: on the path, true: done
        foreach (var start in _nodes.Values)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(SchemaNode Node, IEnumerator<SchemaNode> Next)>();
            state[start] = false;
            stack.Push((start, start.InPlaceSubschemas.GetEnumerator()));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Peek();
                if (!next.MoveNext())
                {
                    state[node] = true;
                    stack.Pop();
                    continue;
                }

                var child = next.Current;
                if (!state.TryGetValue(child, out var done))
                {
                    state[child] = false;
                    stack.Push((child, child.InPlaceSubschemas.GetEnumerator()));
                }
                else if (!done)
                {
                    throw new InvalidSchemaException(child.Location, Messages.InPlaceCycle);
                }
            }
        }
    }

    /// <summary>The node at <paramref name="pointer"/> of a document, compiled once (cycles link to the same node).</summary>
    public SchemaNode NodeAt(SchemaDocument document, string pointer, JsonElement element)
    {
        if (_nodes.TryGetValue((document, pointer), out var existing))
        {
            return existing;
        }

        var resource = document.EnclosingResource(pointer);
        var node = new SchemaNode(resource, document.Location(pointer));
        _nodes[(document, pointer)] = node;
        var isResourceRoot = pointer == resource.Pointer;
        if (isResourceRoot)
        {
            resource.RootNode = node;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.True:
            case JsonValueKind.False:
                node.InitializeBoolean(element.ValueKind == JsonValueKind.True);
                break;
            case JsonValueKind.Object:
                node.Initialize(CompileKeywords(document, pointer, element, resource));
                break;
            default:
                throw new InvalidSchemaException(document.Location(pointer), Messages.SchemaMustBeObjectOrBoolean(element.ValueKind));
        }

        // $dynamicRef and $recursiveRef look at every resource in the dynamic scope, which is entered
        // through any of its nodes: link each resource's dynamic targets as soon as one of its nodes exists.
        if (!resource.DynamicTargetsLinked)
        {
            resource.DynamicTargetsLinked = true;
            foreach (var (name, anchorPointer) in resource.DynamicAnchorPointers)
            {
                JsonPointer.TryNavigate(document.Root, anchorPointer, out var anchored);
                resource.DynamicAnchors[name] = NodeAt(document, anchorPointer, anchored);
            }

            if (resource.RecursiveAnchor && resource.RootNode is null)
            {
                NodeAt(document, resource.Pointer, resource.Element);
            }
        }

        return node;
    }

    /// <summary>Resolves a reference against a resource's base URI to its compiled target.</summary>
    public SchemaNode ResolveReference(string reference, SchemaResource from, string location)
    {
        var (target, document, pointer) = LocateReference(reference, from, location);
        return NodeAt(document, pointer, target);
    }

    public (JsonElement Target, SchemaDocument Document, string Pointer) LocateReference(string reference, SchemaResource from, string location)
    {
        var absolute = UriTools.Resolve(from.Uri, reference)
            ?? throw new InvalidSchemaException(location, Messages.UnresolvableReference(reference, from.Uri));
        var resource = FindResource(UriTools.WithoutFragment(absolute), from.Dialect)
            ?? throw new InvalidSchemaException(location, Messages.UnresolvableReference(reference, from.Uri));
        var fragment = Uri.UnescapeDataString(UriTools.Fragment(absolute));
        string pointer;
        if (fragment.Length == 0)
        {
            pointer = resource.Pointer;
        }
        else if (fragment[0] == '/')
        {
            pointer = resource.Pointer + fragment;
        }
        else if (!resource.Anchors.TryGetValue(fragment, out pointer!))
        {
            throw new InvalidSchemaException(location, Messages.UnresolvableReference(reference, from.Uri));
        }

        if (!JsonPointer.TryNavigate(resource.Document.Root, pointer, out var target))
        {
            throw new InvalidSchemaException(location, Messages.UnresolvableReference(reference, from.Uri));
        }

        return (target, resource.Document, pointer);
    }

    private SchemaResource? FindResource(string uri, Dialect referrerDialect)
    {
        if (_resources.TryGetValue(uri, out var resource))
        {
            return resource;
        }

        if (!_registry.TryGet(uri, out var document))
        {
            return null;
        }

        AddDocument(document, uri, referrerDialect, isRoot: false);
        return _resources.GetValueOrDefault(uri);
    }

    private Keyword[] CompileKeywords(SchemaDocument document, string pointer, JsonElement element, SchemaResource resource)
    {
        var dialect = resource.Dialect;
        var builder = new SchemaBuilder(this, document, pointer, element, resource);
        if (dialect.RefOverridesSiblings && element.TryGetProperty("$ref", out var reference))
        {
            // draft-07: "All other properties in a "$ref" object MUST be ignored."
            var only = dialect.ByName["$ref"].Compile(reference, builder.ForKeyword("$ref"));
            return only is null ? [] : [only];
        }

        var keywords = new List<Keyword>();
        foreach (var handler in dialect.Keywords)
        {
            if (element.TryGetProperty(handler.Name, out var value))
            {
                var keyword = handler.Compile(value, builder.ForKeyword(handler.Name));
                if (keyword is not null)
                {
                    keywords.Add(keyword);
                }
            }
        }

        return [.. keywords];
    }

    private SchemaDocument AddDocument(JsonElement root, string retrievalUri, Dialect defaultDialect, bool isRoot)
    {
        var document = new SchemaDocument(retrievalUri, root, isRoot);
        var dialect = DialectOf(root, defaultDialect, document.Location(""));
        var resource = new SchemaResource(retrievalUri, document, "", root, dialect);
        document.Resources.Add(resource);
        _resources[retrievalUri] = resource;
        Scan(document, root, "", resource, dialect);
        return document;
    }

    /// <summary>Finds identifiers and anchors, following only keywords that hold subschemas (so an <c>$id</c> inside <c>enum</c> is data).</summary>
    private void Scan(SchemaDocument document, JsonElement element, string pointer, SchemaResource resource, Dialect dialect)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var location = document.Location(pointer);
        if (pointer.Length > 0 && element.TryGetProperty("$id", out var embeddedId) && embeddedId.ValueKind == JsonValueKind.String
            && element.TryGetProperty("$schema", out _))
        {
            dialect = DialectOf(element, dialect, location);
        }

        if (dialect.RefOverridesSiblings)
        {
            if (!element.TryGetProperty("$ref", out _) && TryGetString(element, "$id", location, out var id))
            {
                if (id.StartsWith('#'))
                {
                    resource.Anchors[id[1..]] = pointer;
                }
                else
                {
                    resource = EnterResource(document, element, pointer, resource, dialect, id, location);
                    var fragment = UriTools.Fragment(UriTools.Resolve(resource.Uri, id) ?? "");
                    if (fragment.Length > 0)
                    {
                        resource.Anchors[fragment] = pointer;
                    }
                }
            }
        }
        else
        {
            if (TryGetString(element, "$id", location, out var id))
            {
                resource = EnterResource(document, element, pointer, resource, dialect, id, location);
            }

            if (TryGetString(element, "$anchor", location, out var anchor))
            {
                CheckAnchorName(anchor, "$anchor", dialect.Draft, location);
                resource.Anchors[anchor] = pointer;
            }

            if (dialect.Draft == Draft.Draft202012 && TryGetString(element, "$dynamicAnchor", location, out var dynamicAnchor))
            {
                CheckAnchorName(dynamicAnchor, "$dynamicAnchor", dialect.Draft, location);
                resource.Anchors.TryAdd(dynamicAnchor, pointer);
                resource.DynamicAnchorPointers[dynamicAnchor] = pointer;
            }

            if (dialect.Draft == Draft.Draft201909 && pointer == resource.Pointer
                && element.TryGetProperty("$recursiveAnchor", out var recursive) && recursive.ValueKind == JsonValueKind.True)
            {
                resource.RecursiveAnchor = true;
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!dialect.ByName.TryGetValue(property.Name, out var handler))
            {
                continue;
            }

            var childPointer = JsonPointer.Append(pointer, property.Name);
            var value = property.Value;
            switch (handler.Shape)
            {
                case SubschemaShape.Schemas when value.ValueKind == JsonValueKind.Object:
                    Scan(document, value, childPointer, resource, dialect);
                    break;
                case SubschemaShape.Schemas when value.ValueKind == JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Scan(document, item, JsonPointer.Append(childPointer, index++), resource, dialect);
                    }

                    break;
                case SubschemaShape.Map when value.ValueKind == JsonValueKind.Object:
                    foreach (var member in value.EnumerateObject())
                    {
                        Scan(document, member.Value, JsonPointer.Append(childPointer, member.Name), resource, dialect);
                    }

                    break;
            }
        }
    }

    private SchemaResource EnterResource(SchemaDocument document, JsonElement element, string pointer, SchemaResource parent, Dialect dialect, string id, string location)
    {
        var absolute = UriTools.Resolve(parent.Uri, id)
            ?? throw new InvalidSchemaException(location, Messages.BadIdentifier(id));
        var uri = UriTools.WithoutFragment(absolute);
        if (pointer == parent.Pointer)
        {
            // The document root names itself: it answers to both its retrieval URI and its $id.
            parent.Uri = uri;
            _resources[uri] = parent;
            return parent;
        }

        var resource = new SchemaResource(uri, document, pointer, element, dialect);
        document.Resources.Add(resource);
        _resources[uri] = resource;
        return resource;
    }

    private static void CheckAnchorName(string name, string keyword, Draft draft, string location)
    {
        if (!AnchorNames.IsValid(name, draft))
        {
            throw new InvalidSchemaException(JsonPointer.Append(location, keyword), Messages.BadAnchor(keyword, name, AnchorNames.PatternOf(draft)));
        }
    }

    private static bool TryGetString(JsonElement element, string name, string location, out string value)
    {
        value = "";
        if (!element.TryGetProperty(name, out var raw))
        {
            return false;
        }

        if (raw.ValueKind != JsonValueKind.String)
        {
            throw new InvalidSchemaException(JsonPointer.Append(location, name), Messages.MustBeString(name));
        }

        value = raw.GetString()!;
        return true;
    }

    /// <summary>The dialect named by <c>$schema</c>: one of the three drafts, or a custom meta-schema's vocabularies.</summary>
    private Dialect DialectOf(JsonElement element, Dialect fallback, string location)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$schema", out var schemaValue))
        {
            return fallback;
        }

        if (schemaValue.ValueKind != JsonValueKind.String)
        {
            throw new InvalidSchemaException(JsonPointer.Append(location, "$schema"), Messages.MustBeString("$schema"));
        }

        var uri = UriTools.WithoutFragment(UriTools.Normalize(schemaValue.GetString()!));
        if (MetaSchemaDocuments.DraftOf(uri) is Draft draft)
        {
            return Dialect.For(draft);
        }

        if (!_registry.TryGet(uri, out var meta))
        {
            throw new InvalidSchemaException(JsonPointer.Append(location, "$schema"), Messages.UnknownMetaSchema(uri));
        }

        var metaSelf = meta.TryGetProperty("$schema", out var metaSchema) && metaSchema.ValueKind == JsonValueKind.String
            ? UriTools.WithoutFragment(UriTools.Normalize(metaSchema.GetString()!))
            : null;
        var baseDialect = metaSelf is null || metaSelf == uri ? fallback : DialectOf(meta, fallback, uri);
        if (!meta.TryGetProperty("$vocabulary", out var vocabulary) || vocabulary.ValueKind != JsonValueKind.Object)
        {
            return baseDialect;
        }

        var enabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in vocabulary.EnumerateObject())
        {
            var name = Vocabularies.ShortName(entry.Name);
            if (name is not null)
            {
                enabled.Add(name);
            }
            else if (entry.Value.ValueKind == JsonValueKind.True)
            {
                throw new InvalidSchemaException(JsonPointer.Append(location, "$schema"), Messages.UnknownRequiredVocabulary(entry.Name));
            }
        }

        return baseDialect.WithVocabularies(enabled);
    }
}
