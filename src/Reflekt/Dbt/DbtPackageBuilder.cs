using Reflekt.PythonCompat;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reflekt.Diagnostics;
using Reflekt.Projects;
using Reflekt.Schemas.Calls;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses.Catalog;

namespace Reflekt.Dbt;

/// <summary>
/// Builds a dbt package as a pure function of (schemas, request, catalog snapshot, previous package): sources,
/// one staging model and docs file per event table and version. Sorted and byte-identical on rebuild.
/// </summary>
public static partial class DbtPackageBuilder
{
    /// <summary>Diagnostic id for a table the schemas expect but the warehouse lacks (the rest is still built).</summary>
    public const string MissingTableRuleId = "RKD001";

    /// <summary>Diagnostic id for a schema property whose column the table lacks (the model leaves it out).</summary>
    public const string MissingColumnRuleId = "RKD002";

    public static DbtBuildResult Build(
        IReadOnlyList<DbtSchemaInput> schemas,
        DbtBuildRequest request,
        CatalogSnapshot catalog,
        DbtPackage? previous = null,
        IReadOnlySet<string>? projectSchemaIds = null)
    {
        var run = new BuildRun(request, catalog);
        run.Step($"Building dbt source '{request.Source.Schema}'");
        run.AddSchemas(schemas);

        run.AddTracks();
        var built = schemas.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return run.Finish(new PackageRebuild(previous, built, projectSchemaIds), previous);
    }

    /// <summary>The package name for a project: <c>underscore(project name)</c>, made a valid dbt name.</summary>
    /// <remarks>Upstream kept spaces and other characters that dbt rejects in a package name.</remarks>
    public static string PackageName(string projectName) =>
        InvalidPackageCharacters().Replace(Inflection.Underscore(projectName), "_").Trim('_');

    private sealed class BuildRun(DbtBuildRequest request, CatalogSnapshot catalog)
    {
        private readonly WarehouseNaming _naming = WarehouseNaming.For(request.Layout);
        private readonly List<string> _steps = [];
        private readonly List<Diagnostic> _warnings = [];
        private readonly Dictionary<string, (string Text, string? SchemaId)> _files = new(StringComparer.Ordinal);
        private readonly List<DbtModelSummary> _models = [];
        private readonly Dictionary<string, SourceTable> _tables = new(StringComparer.Ordinal);
        private readonly string _sch = request.Source.Schema;
        private readonly DbtSpelling _spelling = new(request.Settings.DbtVersion);

        private string Cdp => request.Layout == WarehouseLayout.Segment ? "Segment" : "RudderStack";

        private string ModelFolder => $"models/{_sch}/";

        private string DocsFolder => request.Settings.Docs.InFolder ? $"models/{_sch}/docs/" : $"models/{_sch}/";

        public void Step(string message) => _steps.Add(message);

        // A table whose rows carry `schema_id` gets a model per version, each keeping its own rows. One without gets a
        // model per MAJOR and the `<event>` union of them (docs/dbt.md, "Versions"), unless its one version is 1-0.
        public void AddSchemas(IReadOnlyList<DbtSchemaInput> schemas)
        {
            var byTable = schemas
                .GroupBy(s => _naming.TableName(s.Schema.Name ?? throw Invalid(s, "/self/name")), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var schema in schemas.OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                var table = _naming.TableName(schema.Schema.Name!);
                if (!byTable.Remove(table, out var versions))
                {
                    continue; // built with the first version of its table
                }

                var raw = catalog.Find(table);
                if (raw is null || raw.Find("schema_id") is not null
                    || (versions.Count == 1 && DbtModelName.VersionSuffix(versions[0].Id).Length == 0))
                {
                    foreach (var version in versions.OrderBy(v => v.Id, StringComparer.Ordinal))
                    {
                        AddSchema(version, null);
                    }

                    continue;
                }

                AddMajors(table, raw, MajorVersions.Plan(versions));
            }
        }

        private void AddMajors(string table, CatalogTable raw, List<MajorModel> majors)
        {
            var required = majors.Select(m => RequiredColumns(m.Input, raw)).ToList();
            var branches = new List<(StagingModel, string)>();
            for (var i = 0; i < majors.Count; i++)
            {
                if (AddSchema(majors[i].Input, new MajorRole(majors[i].Suffix, MajorVersions.Attribution(required, i))) is { } model)
                {
                    branches.Insert(0, (model, majors[i].VersionText));
                }
            }

            if (branches.Count > 0)
            {
                AddUnion(table, majors[^1].Input, branches);
            }
        }

        // The quoted raw columns of a version's always-present properties, or null when one has no column.
        private List<string>? RequiredColumns(DbtSchemaInput input, CatalogTable raw)
        {
            var columns = new List<string>();
            foreach (var property in _naming.Flatten(input.Document).Where(p => p.ColumnName.Length > 0))
            {
                if (SchemaDataTests.RequiredAllTheWay(input.Document, property.Pointer))
                {
                    if (raw.Find(property.ColumnName) is not { } column)
                    {
                        return null;
                    }

                    columns.Add(request.Dialect.Identifier(column.Name));
                }
            }

            return columns;
        }

        // The `<event>` model: the MAJOR models (newest first) under the newest's columns and descriptions, then the
        // columns only older MAJORs have; each row once (the MAJORs partition the table) with its MAJOR's version.
        private void AddUnion(string table, DbtSchemaInput newest, List<(StagingModel Major, string Version)> branches)
        {
            var modelName = $"{request.Settings.Models.Prefix}{_sch}__{table}";
            var docsName = $"{request.Settings.Docs.Prefix}{_sch}__{table}";
            var columns = branches
                .SelectMany(b => b.Major.Columns)
                .DistinctBy(c => c.Alias, StringComparer.Ordinal)
                .Select(c => c with { Tests = c.Alias == WarehouseNaming.EventIdAlias ? c.Tests : [] })
                .ToList();
            var versions = branches.Select(b => JsonSerializer.SerializeToElement(b.Version)).ToList();
            columns.Add(new ModelColumn(UnionModel.VersionAlias, null, null, null,
                "The schema version (MAJOR-MINOR) whose model the row comes from: the latest MINOR of the row's MAJOR.",
                [SchemaDataTests.NotNull, _spelling.Test("accepted_values", new Dictionary<string, object> { ["values"] = versions })],
                request.Dialect.StringType));
            var latest = branches[0].Major;
            var union = new UnionModel(
                latest with
                {
                    Name = modelName,
                    Description = latest.Description,
                    Filter = [],
                    Columns = columns,
                    Dedup = null,
                    Incremental = latest.Incremental is null ? null : IncrementalPlan.FullRebuild,
                },
                branches);
            WriteModel(modelName, docsName, union.Model, UnionModelSqlRenderer.Render(union, request.Dialect), newest.Id);
        }

        // Every model, whatever its kind (version, union, array child), is its SQL, its docs YAML and a summary line.
        private void WriteModel(string modelName, string docsName, StagingModel model, string sql, string? schemaId)
        {
            Step($"Building staging model '{modelName}.sql'");
            var sqlPath = $"{ModelFolder}{modelName}.sql";
            _files[sqlPath] = (sql, schemaId);
            Step($"Building dbt documentation '{docsName}.yml'");
            _files[$"{DocsFolder}{docsName}.yml"] = (ModelDocsRenderer.Render(model, _spelling, request.Settings.Models.Contract, request.Dialect), schemaId);
            _models.Add(new DbtModelSummary(modelName, sqlPath, model.Columns.Sum(c => c.Tests.Count)));
        }

        // The version's call-table model, or null when the table is missing.
        private StagingModel? AddSchema(DbtSchemaInput input, MajorRole? major)
        {
            Step($"Building dbt artifacts for schema: {input.DisplayPath ?? input.Id}");
            var document = input.Document;
            var eventName = input.Schema.Name ?? throw Invalid(input, "/self/name");
            var description = input.Schema.Description ?? "";
            JsonElement? metadata = input.Schema.Metadata is { } m && m.EnumerateObject().Any() ? m : null;
            var suffix = major?.Suffix ?? DbtModelName.VersionSuffix(input.Id);
            var properties = _naming.Flatten(document)
                .Where(p => p.ColumnName.Length > 0)
                .Select(p => new SearchColumn(
                    p.ColumnName, p.Description ?? "", p.Types.Count == 1 ? p.Types[0] : null, SchemaDataTests.For(document, p, _spelling), p.Pointer, p.Format))
                .ToList();
            var callType = input.Schema.CallType;
            var table = _naming.TableName(eventName);
            var search = Standard(table).Concat(properties).ToList();
            var filter = Filter();

            switch (callType)
            {
                case CallType.Identify:
                    var identifies = AddModel(input, table, suffix, callType, description, metadata, filter, search, dropUserId: false, major);
                    if (identifies is not null)
                    {
                        Step($"Building dbt artifacts for schema: {Cdp} 'users' table");
                        AddModel(input, "users", suffix, callType, "User traits set by identify() calls.", null, [], search, dropUserId: true, major);
                    }

                    return identifies;
                case CallType.Group:
                    // Upstream searched `groups` for standard columns only; group traits are columns too.
                    Step($"Building dbt artifacts for schema: {Cdp} 'groups' table");
                    return AddModel(input, table, suffix, callType, "Group traits set by group() calls.", null, [], search, dropUserId: false, major);
                case CallType.Track:
                case CallType.Page:
                case CallType.Screen:
                    return AddModel(input, table, suffix, callType, description, metadata, filter, search, dropUserId: false, major);
                default:
                    throw new ArgumentOutOfRangeException(nameof(input), callType, null);
            }
        }

        public void AddTracks()
        {
            Step($"Building dbt artifacts for schema: {Cdp} 'tracks' table");
            AddModel(
                null,
                _naming.TableFor(CallType.Track),
                "",
                CallType.Track,
                "A summary of track() calls from all events. Properties unique to each event's track() call are omitted.",
                null,
                Filter(),
                Standard(_naming.TableFor(CallType.Track)).ToList(),
                dropUserId: false,
                major: null);
        }

        public DbtBuildResult Finish(PackageRebuild rebuild, DbtPackage? previous)
        {
            var package = request.Source.Schema;
            var name = PackageName(request.ProjectName);
            _files["dbt_project.yml"] = (DbtPackageTemplate.ProjectYaml(name, _spelling, request.Settings.Models.Materialized), null);
            _files["README.md"] = (DbtPackageTemplate.Readme(name), null);
            _files[".gitignore"] = (DbtPackageTemplate.GitIgnore, null);
            _files["models/.gitkeep"] = ("", null);
            var sourcePath = $"{DocsFolder}{request.Settings.Sources.Prefix}{package}.yml";
            var produced = _files.Keys.Append(sourcePath).ToHashSet(StringComparer.Ordinal);
            var files = rebuild.Survivors(produced);
            foreach (var (path, (text, _)) in _files)
            {
                files[path] = text;
            }

            var tables = MergeSourceTables(files, previous?.Files.GetValueOrDefault(sourcePath));
            var sourceYaml = SourceYamlRenderer.Render(
                package,
                request.Source.Database,
                $"Schema in {request.WarehouseType} with raw {Cdp} event data.",
                request.Settings.Sources,
                tables,
                _spelling);
            _files[sourcePath] = (sourceYaml, null);
            files[sourcePath] = sourceYaml;
            var conflicts = rebuild.Conflicts(files);
            files[DbtManifest.Path] = rebuild.Manifest(_files, files).Render();
            return new DbtBuildResult(new DbtPackage(name, files), _warnings, _steps)
            {
                Models = [.. _models.OrderBy(m => m.Path, StringComparer.Ordinal)],
                Removed = rebuild.Removed,
                Edited = conflicts,
            };
        }

        // Every model of this source in the package, old ones included, keeps its table in the source YAML.
        private List<SourceTable> MergeSourceTables(Dictionary<string, string> files, string? previousSource)
        {
            var previousDescriptions = previousSource is null ? [] : SourceYamlReader.TableDescriptions(previousSource);
            var result = new SortedDictionary<string, SourceTable>(StringComparer.Ordinal);
            foreach (var (path, text) in files)
            {
                if (!path.StartsWith(ModelFolder, StringComparison.Ordinal) || !path.EndsWith(".sql", StringComparison.Ordinal))
                {
                    continue;
                }

                var call = SourceCall().Match(text);
                if (!call.Success || Jinja.Unescape(call.Groups[1].Value) != _sch)
                {
                    continue;
                }

                var table = Jinja.Unescape(call.Groups[2].Value);
                result[table] = _tables.TryGetValue(table, out var built)
                    ? built
                    : new SourceTable(table, previousDescriptions.GetValueOrDefault(table, ""));
            }

            return [.. result.Values];
        }

        private StagingModel? AddModel(
            DbtSchemaInput? input,
            string table,
            string suffix,
            CallType callType,
            string description,
            JsonElement? metadata,
            IReadOnlyList<string> filter,
            IReadOnlyList<SearchColumn> search,
            bool dropUserId,
            MajorRole? major)
        {
            var raw = catalog.Find(table);
            if (raw is null)
            {
                var what = input is null ? $"the {Cdp} '{table}' table" : $"schema {input.Id}";
                _warnings.Add(new Diagnostic(
                    MissingTableRuleId,
                    Severity.Warning,
                    $"Table '{catalog.Database}.{catalog.Schema}.{table}' does not exist in the warehouse; skipped {what}.",
                    input?.DisplayPath ?? input?.Id));
                return null;
            }

            var modelName = $"{request.Settings.Models.Prefix}{_sch}__{table}{suffix}";
            var docsName = $"{request.Settings.Docs.Prefix}{_sch}__{table}{suffix}";
            var columns = StagingModelPlanner.PlanColumns(
                raw, search, _naming.IdAlias(table), dropUserId, request.Settings, request.Dialect);
            WarnMissingColumns(input, raw, search, dropUserId);
            columns.AddRange(Constants(callType, table, input?.Id));
            var dedup = MessageKeyOf(raw, table);
            // `users` holds each user's latest traits whatever version set them, so only call tables are versioned.
            var rows = input is not null && !dropUserId ? VersionFilter(filter, raw, input, major) : filter;
            var model = new StagingModel(
                modelName, _sch, table, description, rows, columns, dedup, IncrementalOf(raw, columns), Meta(input, metadata));

            _tables.TryAdd(table, new SourceTable(table, description));
            Step($"Building dbt table '{table}' in source '{_sch}'");
            WriteModel(modelName, docsName, model, ModelSqlRenderer.Render(model, request.Dialect), input?.Id);
            if (input is not null && !dropUserId && dedup is { } key)
            {
                AddArrayChildren(input, model, raw, key.IdColumn, suffix);
            }

            return model;
        }

        // Each array of objects becomes a child model with one row per element (docs/dbt.md, "Arrays of objects").
        // Only tables keyed by a message id have a parent id to join on; a dialect that cannot unnest builds none.
        private void AddArrayChildren(DbtSchemaInput input, StagingModel parent, CatalogTable raw, string idColumn, string suffix)
        {
            if (!request.Dialect.UnnestsJsonArrays)
            {
                return;
            }

            foreach (var array in _naming.Flatten(input.Document))
            {
                if (ArrayChildPlanner.ItemsObject(array) is not { } items
                    || raw.Find(array.ColumnName) is not { } rawArray
                    || parent.Columns.FirstOrDefault(c => c.SourceColumn == rawArray.Name) is not { } arrayColumn)
                {
                    continue;
                }

                var modelName = DbtModelName.ChildFor(request.Settings.Models.Prefix, _sch, parent.Table, arrayColumn.Alias, suffix);
                var docsName = DbtModelName.ChildFor(request.Settings.Docs.Prefix, _sch, parent.Table, arrayColumn.Alias, suffix);
                var child = ArrayChildPlanner.Plan(parent, modelName, array, items, idColumn, rawArray.Name, _naming, request.Dialect, _spelling);
                WriteModel(modelName, docsName, child.Model, ChildModelSqlRenderer.Render(child, request.Dialect), input.Id);
            }
        }

        // When calls carry `schema_id` (the registry server and our SDK guidance add the schema's $id), the table
        // holds every version's rows and each version's model keeps only its own; without it, a MAJOR's model keeps the
        // rows attributed to that MAJOR (MajorVersions). The project's filter is a `where`.
        private List<string> VersionFilter(IReadOnlyList<string> filter, CatalogTable raw, DbtSchemaInput input, MajorRole? major)
        {
            var condition = raw.Find("schema_id") is { } column
                ? $"{request.Dialect.Identifier(column.Name)} = {request.Dialect.StringLiteral(input.Schema.Id)}"
                : major?.Condition;
            if (condition is null)
            {
                return [.. filter];
            }

            return filter.Count == 0 ? [$"where {condition}"] : [.. filter, $"and {condition}"];
        }

        // A loader creates a column only once a non-null value arrives, so an optional property may simply be unseen;
        // it is a warning (an error under --strict), and the model leaves the column out rather than failing.
        private void WarnMissingColumns(DbtSchemaInput? input, CatalogTable raw, IReadOnlyList<SearchColumn> search, bool dropUserId)
        {
            foreach (var wanted in search)
            {
                if (wanted.Pointer is { } pointer && raw.Find(wanted.Name) is null && !(dropUserId && wanted.Name == "user_id"))
                {
                    _warnings.Add(new Diagnostic(
                        MissingColumnRuleId,
                        Severity.Warning,
                        $"Table '{catalog.Database}.{catalog.Schema}.{raw.Name}' has no column '{wanted.Name}' for property '{pointer}' of schema {input?.Id}; the model leaves it out.",
                        input?.DisplayPath ?? input?.Id,
                        Pointer: pointer));
                }
            }
        }

        // An incremental model merges on its own key (event_id, or user_id/group_id for users/groups) and re-reads a
        // lookback window on received_at. A table lacking either is rebuilt as a table instead (see docs/dbt.md).
        private IncrementalPlan? IncrementalOf(CatalogTable raw, IReadOnlyList<ModelColumn> columns)
        {
            if (request.Settings.Models.Materialized != DbtMaterialization.Incremental)
            {
                return null;
            }

            var id = raw.Find("id") is { } rawId ? columns.FirstOrDefault(c => c.SourceColumn == rawId.Name) : null;
            var received = raw.Find("received_at") is { } rawReceived ? columns.FirstOrDefault(c => c.SourceColumn == rawReceived.Name) : null;
            return id is null || received is null
                ? IncrementalPlan.FullRebuild
                : new IncrementalPlan(id.Alias, received.SourceColumn!, received.Alias, request.Settings.Models.EffectiveLookback);
        }

        // What identifies the governing schema, for dbt's `meta` (upstream put self.metadata in a constant column).
        private static List<KeyValuePair<string, JsonElement>> Meta(DbtSchemaInput? input, JsonElement? metadata)
        {
            var meta = new List<KeyValuePair<string, JsonElement>>();
            if (input is null)
            {
                return meta;
            }

            meta.Add(new("schema_id", JsonSerializer.SerializeToElement(input.Id)));
            meta.Add(new("version", JsonSerializer.SerializeToElement(input.Schema.VersionText)));
            if (metadata is { } m)
            {
                meta.AddRange(m.EnumerateObject()
                    .Where(p => p.Name is not ("schema_id" or "version"))
                    .Select(p => new KeyValuePair<string, JsonElement>(p.Name, p.Value)));
            }

            return meta;
        }

        private IEnumerable<ModelColumn> Constants(CallType callType, string table, string? schemaId)
        {
            yield return new ModelColumn("call_type", null, callType.WireName(), null,
                $"The type of {Cdp} call (i.e., identify, group, page, screen , track) that collected the data.", [], request.Dialect.StringType);
            yield return new ModelColumn("source_schema", null, _sch, null, "The schema where the raw event data is stored.", [], request.Dialect.StringType);
            yield return new ModelColumn("source_table", null, table, null, "The table where the raw event data is stored.", [], request.Dialect.StringType);

            // The tracks summary spans every event schema, so it names none (upstream borrowed the last one's id).
            yield return new ModelColumn("schema_id", null, schemaId, null,
                schemaId is null
                    ? "The Reflekt schema ID that governs the event (none for this summary of all events)."
                    : "The Reflekt schema ID that governs the event.",
                [],
                request.Dialect.StringType);
        }

        // Only tables whose `id` is a message id (event_id) hold redeliveries; `users`/`groups` key on the user/group id.
        private MessageKey? MessageKeyOf(CatalogTable raw, string table) =>
            _naming.IdAlias(table) == WarehouseNaming.EventIdAlias && raw.Find("id") is { } id && raw.Find("received_at") is { } receivedAt
                ? new MessageKey(id.Name, receivedAt.Name)
                : null;

        private IEnumerable<SearchColumn> Standard(string table) =>
            _naming.StandardColumnsOf(table).Select(c => new SearchColumn(c.Name, c.Description, null));

        private List<string> Filter() =>
            request.Settings.Models.Filter.Trim().Length == 0 ? [] : [.. request.Settings.Models.Filter.TrimEnd().Split('\n')];


        private static ReflektException Invalid(DbtSchemaInput input, string pointer) =>
            new($"{input.DisplayPath ?? input.Id}: missing string '{pointer}' needed to build dbt artifacts.");
    }

    /// <summary>A MAJOR's model of a table without <c>schema_id</c>: its name suffix and the rows it keeps (null: all).</summary>
    private sealed record MajorRole(string Suffix, string? Condition);

    [GeneratedRegex("[^a-z0-9_]+")]
    private static partial Regex InvalidPackageCharacters();

    [GeneratedRegex(@"\{\{ source\('((?:[^'\\]|\\.)*)', '((?:[^'\\]|\\.)*)'\) \}\}")]
    private static partial Regex SourceCall();
}
