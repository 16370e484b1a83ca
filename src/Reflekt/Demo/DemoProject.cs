using System.Reflection;
using System.Text.Json;
using DuckDB.NET.Data;
using Reflekt.Dbt;
using Reflekt.Schemas;
using Reflekt.Warehouses.Sql;
using Reflekt.Warehouses.DuckDB;

namespace Reflekt.Demo;

/// <summary>
/// Writes a complete demo project (<c>reflekt init --demo DIR</c>): example event schemas, project and profile
/// files, and a DuckDB warehouse of Segment-shaped raw tables holding synthetic events, ready for <c>reflekt build</c>.
/// DuckDB because it is what analytics engineers run dbt on locally (dbt-duckdb); SQLite stays a supported warehouse.
/// </summary>
public static class DemoProject
{
    /// <summary>The profile source id of the demo warehouse.</summary>
    public const string SourceId = "demo";

    /// <summary>The raw schema inside the DuckDB file that holds the Segment tables.</summary>
    public const string RawSchema = "segment";

    /// <summary>The database file, relative to the project directory; DuckDB names its catalog after the stem (<c>warehouse</c>).</summary>
    public const string WarehousePath = "warehouse.duckdb";

    /// <summary>The command that builds the demo's dbt package, run inside the demo directory.</summary>
    public const string BuildCommand = "reflekt build --artifact dbt --select demo --source demo.warehouse.segment --sdk segment";

    /// <summary>Creates the demo in <paramref name="directory"/>, which must not exist or be empty; returns rows per table.</summary>
    /// <param name="directory">The new project's directory.</param>
    /// <param name="options">The synthetic events; by default the demo funnel over the 30 days before now.</param>
    /// <param name="clock">What "now" is (the system clock by default).</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    public static async Task<IReadOnlyDictionary<string, int>> CreateAsync(
        string directory,
        SyntheticEventOptions? options = null,
        TimeProvider? clock = null,
        CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(directory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new ReflektException($"Cannot create the demo in {root}: the directory is not empty.");
        }

        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "reflekt_project.yml"), ProjectYaml, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(root, "reflekt_profiles.yml"), ProfilesYaml, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(root, ".gitignore"), ".logs/\n.reflekt_cache/\n", cancellationToken).ConfigureAwait(false);
        var meta = Path.Combine(root, "schemas", ".reflekt", "meta", "1-0.json");
        Directory.CreateDirectory(Path.GetDirectoryName(meta)!);
        await File.WriteAllTextAsync(meta, MetaSchema, cancellationToken).ConfigureAwait(false);

        var schemas = new List<DbtSchemaInput>();
        foreach (var (id, text) in Schemas())
        {
            var path = Path.Combine(root, "schemas", id);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
            schemas.Add(new DbtSchemaInput(EventSchema.Read(id, JsonDocument.Parse(text).RootElement)));
        }

        var database = Path.Combine(root, WarehousePath);
        await using var connection = new DuckDBConnection($"Data Source={database}");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = $"create schema {DuckDbSqlDialect.Instance.Identifier(RawSchema)}";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return await SyntheticEventWriter.WriteAsync(
            connection, DuckDbSqlDialect.Instance, RawSchema, schemas, options ?? DefaultEvents(clock ?? TimeProvider.System),
            rowWriter: (schema, table, _) => new DuckDbAppenderWriter(connection, schema, table),
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The demo's events: the funnel over the 30 days up to a minute before now, so the package's source freshness
    /// (<c>warn_after</c> 12 hours) passes on a fresh demo; a minute, so no receive time lies in the future.
    /// </summary>
    public static SyntheticEventOptions DefaultEvents(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new SyntheticEventOptions
        {
            Weights = Funnel,
            End = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddMinutes(-1),
        };
    }

    // A shop funnel: many page views and product views, fewer adds, checkouts and orders.
    private static readonly Dictionary<string, double> Funnel = new(StringComparer.Ordinal)
    {
        ["Page Viewed"] = 10, ["Product Viewed"] = 6, ["Product Added"] = 3, ["Checkout Started"] = 1.5,
        ["Order Completed"] = 1, ["Identify"] = 1.2,
    };

    /// <summary>The demo's event schemas: id (path under <c>schemas/</c>) and text, sorted by id.</summary>
    public static IReadOnlyList<(string Id, string Text)> Schemas()
    {
        const string prefix = "Reflekt.Demo.Schemas/";
        var assembly = typeof(DemoProject).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[prefix.Length..].Replace('\\', '/'), Read(assembly, n)))];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private const string ProjectYaml = """
        # Reflekt demo project: event schemas in schemas/demo, raw Segment tables in warehouse.duckdb (schema segment).
        # Build its dbt package with:
        #   reflekt build --artifact dbt --select demo --source demo.warehouse.segment --sdk segment
        version: 1.0

        name: reflekt_demo
        vendor: com.reflekt.demo

        default_profile: demo
        profiles_path: reflekt_profiles.yml

        schemas:
          conventions:
            event:
              casing: title
              numbers: false
              reserved: []
            property:
              casing: snake
              numbers: false
              reserved: []
            data_types: [string, integer, number, boolean, object, array, any, 'null']

        artifacts:
          dbt:
            sources:
              prefix: __src_
              loaded_at_field: received_at
              freshness:
                warn_after: {count: 12, period: hour}
                error_after: {count: 24, period: hour}
            models:
              prefix: stg_
              filter: ''
              cast: false
            docs:
              prefix: _stg_
              in_folder: false
              tests:
                id: [unique, not_null]

        """;

    private const string ProfilesYaml = """
        version: 1.0

        demo:
          do_not_track: true
          source:
            - id: demo
              type: duckdb
              path: warehouse.duckdb

        """;

    private const string MetaSchema = Projects.Scaffolding.ProjectTemplates.MetaSchema;
}
