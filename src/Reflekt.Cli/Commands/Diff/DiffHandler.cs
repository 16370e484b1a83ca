using System.CommandLine;
using System.Text.Json;
using Reflekt.Cli.Rendering;
using Reflekt.Projects;
using Reflekt.Schemas;
using Reflekt.Schemas.Evolution;

namespace Reflekt.Cli.Commands.Diff;

/// <summary>Resolves the two sides (files, ids, or a git ref), diffs them with <see cref="SchemaDiff"/>, renders the changes.</summary>
internal sealed class DiffHandler(ParseResult parseResult, CliContext context)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var pair = parseResult.GetValue(DiffCommand.Schemas) ?? [];
        var reference = parseResult.GetValue(DiffCommand.Base);
        if ((reference is null) == (pair.Length != 2))
        {
            throw new ReflektException("diff needs either OLD and NEW, or --base <git-ref> (not both)");
        }

        var comparisons = reference is null
            ? [ComparePair(pair[0], pair[1])]
            : await CompareWithBaseAsync(reference, cancellationToken);

        if (parseResult.GetValue(DiffCommand.Format) == "json")
        {
            SchemaDiffJsonWriter.Write(context.Host.Out, comparisons);
        }
        else
        {
            SchemaDiffTextView.Write(context.Host.Out, comparisons);
        }
        return ReflektCli.Success;
    }

    private SchemaComparison ComparePair(string oldName, string newName)
    {
        var catalog = TryCatalog();
        using var oldDocument = Load(oldName, catalog);
        using var newDocument = Load(newName, catalog);
        return new SchemaComparison(oldName, newName, SchemaComparisonStatus.Compared, SchemaDiff.Compare(oldDocument.RootElement, newDocument.RootElement));
    }

    private async Task<List<SchemaComparison>> CompareWithBaseAsync(string reference, CancellationToken cancellationToken)
    {
        var project = context.LoadProject(parseResult);
        var schemas = project.LoadCatalog().Select(SchemaSelection.Of(parseResult.GetValue(DiffCommand.Select)));
        var git = await GitRevision.OpenAsync(project.Directory, reference, cancellationToken);
        var texts = await git.ReadAllAsync([.. schemas.Select(s => s.FullPath)], cancellationToken);
        var comparisons = new List<SchemaComparison>();
        foreach (var (schema, before) in schemas.Zip(texts))
        {
            var name = "schemas/" + schema.RelativePath;
            if (before is null)
            {
                comparisons.Add(new SchemaComparison($"{reference}:{name}", name, SchemaComparisonStatus.Added, []));
                continue;
            }
            using var oldDocument = Parse(before, $"{reference}:{name}");
            var root = schema.Root ?? throw new ReflektException($"{schema.FullPath}:{schema.ParseError!.Position}: not valid JSON: {schema.ParseError.Message}");
            comparisons.Add(new SchemaComparison($"{reference}:{name}", name, SchemaComparisonStatus.Compared, SchemaDiff.Compare(oldDocument.RootElement, root)));
        }
        return comparisons;
    }

    private SchemaCatalog? TryCatalog()
    {
        var hasProject = context.ExplicitProjectDirectory(parseResult) is not null || ReflektProject.FindDirectory(context.Host.WorkingDirectory) is not null;
        return hasProject ? context.LoadProject(parseResult).LoadCatalog() : null;
    }

    private JsonDocument Load(string idOrFile, SchemaCatalog? catalog)
    {
        var id = SchemaSelection.Normalize(idOrFile);
        if ((catalog?.Find(id + ".json") ?? catalog?.Find(id)) is { } file)
        {
            return Parse(file.Text, file.FullPath);
        }
        var path = Path.GetFullPath(idOrFile, context.Host.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new ReflektException($"{idOrFile}: no schema with this id under schemas/ and no such file");
        }
        return Parse(File.ReadAllText(path), path);
    }

    private static JsonDocument Parse(string text, string name)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new ReflektException($"{name}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}");
        }
    }
}
