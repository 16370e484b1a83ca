using System.Text.Json;
using Reflekt.Json.Schema.Compilation;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema;

/// <summary>A compiled JSON Schema: immutable and thread-safe; compile once, validate many instances.</summary>
public sealed class JsonSchema
{
    // Relative references in a schema without a retrieval URI or $id resolve against this placeholder.
    private const string DefaultBaseUri = "https://reflekt.invalid/schema.json";

    private static readonly SchemaRegistry BuiltInOnly = new();
    private static readonly Lazy<JsonSchema>[] MetaSchemas =
        [.. Enum.GetValues<Draft>().Select(d => new Lazy<JsonSchema>(() => CompileMetaSchema(d)))];

    private readonly SchemaNode _root;

    private JsonSchema(SchemaNode root)
    {
        _root = root;
    }

    /// <summary>The draft the root schema is evaluated under (from <c>$schema</c>, else the default draft).</summary>
    public Draft Draft => _root.Resource.Dialect.Draft;

    /// <summary>Compiles a schema; references are linked now. Throws <see cref="InvalidSchemaException"/> with the pointer of a bad keyword or unresolvable reference.</summary>
    public static JsonSchema Compile(JsonElement schema, CompileOptions? options = null)
    {
        options ??= new CompileOptions();
        if (options.BaseUri is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("CompileOptions.BaseUri must be an absolute URI: " + options.BaseUri.OriginalString, nameof(options));
        }

        var compiler = new SchemaCompiler(options.Registry ?? BuiltInOnly, options.AssertFormat);
        var baseUri = options.BaseUri is null ? DefaultBaseUri : UriTools.WithoutFragment(UriTools.Normalize(options.BaseUri.OriginalString));
        return new JsonSchema(compiler.CompileRoot(schema.Clone(), baseUri, Dialect.For(options.DefaultDraft)));
    }

    /// <summary>Parses and compiles a schema; malformed JSON is an <see cref="InvalidSchemaException"/> too.</summary>
    public static JsonSchema Compile(string json, CompileOptions? options = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidSchemaException("", "not valid JSON: " + ex.Message);
        }

        using (document)
        {
            return Compile(document.RootElement, options);
        }
    }

    /// <summary>The compiled meta-schema of a draft (cached): validates schemas written in that draft.</summary>
    public static JsonSchema MetaSchema(Draft draft) => MetaSchemas[(int)draft].Value;

    /// <summary>Yes/no only: stops at the first failure and records nothing.</summary>
    public bool IsValid(JsonElement instance)
    {
        var context = EvaluationContext.Rent(collect: false);
        try
        {
            return _root.Evaluate(instance, context, null);
        }
        finally
        {
            EvaluationContext.Return(context);
        }
    }

    /// <summary>Validates and lists every failure ("basic" output: instance location, keyword location, keyword, message).</summary>
    public ValidationResult Validate(JsonElement instance)
    {
        var context = EvaluationContext.Rent(collect: true);
        try
        {
            if (_root.Evaluate(instance, context, null))
            {
                return ValidationResult.Valid;
            }

            return new ValidationResult(context.Errors is { Count: > 0 } errors
                ? errors
                : [new ValidationError("", "", "", Messages.FalseSchema)]);
        }
        finally
        {
            EvaluationContext.Return(context);
        }
    }

    private static JsonSchema CompileMetaSchema(Draft draft)
    {
        var uri = MetaSchemaDocuments.UriOf(draft);
        MetaSchemaDocuments.TryGet(uri, out var document);
        return Compile(document, new CompileOptions { BaseUri = new Uri(uri), DefaultDraft = draft });
    }
}
