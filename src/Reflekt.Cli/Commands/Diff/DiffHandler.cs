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
        if (reference is not null && pair.Length > 0)
        {
            throw new ReflektException($"diff takes OLD and NEW, or --base REF, not both (got {string.Join(' ', pair)} and --base {reference})");
        }

        if (reference is null && pair.Length != 2)
        {
            throw new ReflektException("diff needs OLD and NEW, or --base REF" + (pair.Length == 1 ? $" (got only {pair[0]})" : ""));
        }

        var comparisons = reference is null
            ? [ComparePair(pair[0], pair[1])]
            : await CompareWithBaseAsync(reference, cancellationToken);

        switch (parseResult.GetValue(DiffCommand.Format))
        {
            case "json":
                SchemaDiffJsonWriter.Write(context.Host.Out, comparisons);
                break;
            case "markdown":
                SchemaDiffMarkdownView.Write(context.Host.Out, comparisons);
                break;
            case "github":
                SchemaDiffGitHubAnnotations.Write(context.Host.Out, comparisons);
                break;
            default:
                SchemaDiffTextView.Write(context.Host.Out, comparisons);
                break;
        }
        var failOn = parseResult.GetValue(DiffCommand.FailOn) ?? (reference is null ? "none" : "breaking");
        return failOn == "breaking" && comparisons.Any(c => c.BreakingCount > 0) ? ReflektCli.Findings : ReflektCli.Success;
    }

    private SchemaComparison ComparePair(string oldName, string newName)
    {
        var catalog = TryCatalog();
        var oldRoot = Load(oldName, catalog);
        var newRoot = Load(newName, catalog);
        return new SchemaComparison(oldName, newName, SchemaComparisonStatus.Compared, SchemaDiff.Compare(oldRoot, newRoot));
    }

    private async Task<List<SchemaComparison>> CompareWithBaseAsync(string reference, CancellationToken cancellationToken)
    {
        var project = context.LoadProject(parseResult);
        var catalog = context.LoadCatalog(project);
        var schemas = catalog.Select(SchemaSelection.Of(parseResult.GetValue(DiffCommand.Select)));
        var git = await GitRevision.OpenAsync(project.Directory, reference, cancellationToken);
        var schemasDirectory = catalog.SchemasDirectory;
        var moved = await git.DeletedOrRenamedAsync(schemasDirectory, cancellationToken);
        var renamedFrom = moved.Where(m => m.NewPath is not null).ToDictionary(m => m.NewPath!, m => m.OldPath, StringComparer.Ordinal);
        var oldPaths = schemas.Select(s => renamedFrom.GetValueOrDefault(s.FullPath, s.FullPath)).ToList();
        var texts = await git.ReadAllAsync(oldPaths, cancellationToken);
        var comparisons = new List<SchemaComparison>();
        foreach (var ((schema, before), oldPath) in schemas.Zip(texts).Zip(oldPaths))
        {
            var name = "schemas/" + schema.RelativePath;
            var oldName = "schemas/" + Relative(schemasDirectory, oldPath);
            if (before is null)
            {
                comparisons.Add(new SchemaComparison($"{reference}:{name}", name, SchemaComparisonStatus.Added, []));
                continue;
            }
            var oldRoot = EventSchemaFile.FromText($"{reference}:{oldName}", Relative(schemasDirectory, oldPath), before).RequireRoot();
            var status = oldPath == schema.FullPath ? SchemaComparisonStatus.Compared : SchemaComparisonStatus.Renamed;
            comparisons.Add(new SchemaComparison($"{reference}:{oldName}", name, status, SchemaDiff.Compare(oldRoot, schema.RequireRoot())));
        }
        foreach (var removed in moved.Where(m => m.NewPath is null && m.OldPath.EndsWith(".json", StringComparison.Ordinal)))
        {
            var relative = Relative(schemasDirectory, removed.OldPath);
            if (parseResult.GetValue(DiffCommand.Select) is { Length: > 0 } && !schemas.Any(s => s.FullPath == removed.OldPath) && !SelectedFolder(parseResult.GetValue(DiffCommand.Select)!, relative))
            {
                continue;
            }
            comparisons.Add(RemovedSchema.Compare(reference, "schemas/" + relative, [.. catalog.Schemas.Select(f => f.RelativePath)], relative));
        }
        return comparisons;
    }

    private static string Relative(string directory, string fullPath) => Path.GetRelativePath(directory, fullPath).Replace('\\', '/');

    private static bool SelectedFolder(string[] selection, string relative) =>
        selection.Any(s => relative.StartsWith(SchemaSelection.Normalize(s).TrimEnd('/') + "/", StringComparison.Ordinal));

    private SchemaCatalog? TryCatalog()
    {
        var hasProject = context.ExplicitProjectDirectory(parseResult) is not null || ReflektProject.FindDirectory(context.Host.WorkingDirectory) is not null;
        return hasProject ? context.LoadCatalog(context.LoadProject(parseResult)) : null;
    }

    private JsonElement Load(string idOrFile, SchemaCatalog? catalog)
    {
        var id = SchemaSelection.Normalize(idOrFile);
        if ((catalog?.Find(id + ".json") ?? catalog?.Find(id)) is { } file)
        {
            return file.RequireRoot();
        }
        var path = Path.GetFullPath(idOrFile, context.Host.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new ReflektException($"{idOrFile}: no schema with this id under schemas/ and no such file");
        }
        // Read like a catalog file, so a broken one gets the same file:line:col message as in every other command.
        return EventSchemaFile.Load(path, Path.GetFileName(path)).RequireRoot();
    }
}
