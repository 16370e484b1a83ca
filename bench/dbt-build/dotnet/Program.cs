using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using Reflekt.Testing;
using Reflekt.Warehouses.Postgres;

// Whole `reflekt build --artifact dbt` (process start, project + 1,000 schemas load, one catalog query against
// PostgreSQL, build, atomic write of ~2,000 files) for 1,000 event schemas and 1,000 event tables.
// Usage: DbtBuildBench [events] [runs] [cli.dll]   (cli.dll: the CLI to time, default the JIT build next to the bench;
// run.sh passes the ReadyToRun publish `./reflekt` runs)
var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var cli = args.Length > 2 ? Path.GetFullPath(args[2]) : Path.Combine(AppContext.BaseDirectory, "Reflekt.Cli.dll");

await using var cluster = new PostgresCluster();
await cluster.InitializeAsync();
if (cluster.UnavailableReason is { } reason)
{
    Console.Error.WriteLine("PostgreSQL unavailable: " + reason);
    return 1;
}

var database = await cluster.CreateDatabaseAsync("bench");
var work = Directory.CreateTempSubdirectory("reflekt-dbt-bench-").FullName;
try
{
    string[] standard = ["id", "anonymous_id", "user_id", "event", "event_text", "original_timestamp", "sent_at", "received_at", "timestamp",
        "context_ip", "context_library_name", "context_library_version", "context_locale", "context_page_path", "context_page_referrer",
        "context_page_title", "context_page_url", "context_user_agent", "uuid_ts"];
    var properties = Enumerable.Range(1, 10).Select(i => $"property_{i:D2}").ToArray();
    var sql = new StringBuilder("create schema segment;\n");
    sql.Append("create table segment.tracks (").Append(string.Join(", ", standard.Select(c => c + " text"))).Append(");\n");
    for (var e = 1; e <= events; e++)
    {
        sql.Append(CultureInfo.InvariantCulture, $"create table segment.event_{e:D4} (")
            .Append(string.Join(", ", standard.Concat(properties).Select(c => c + " text"))).Append(");\n");
    }

    await using (var connection = new NpgsqlConnection(cluster.ConnectionStringFor(database)))
    {
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.ToString(), connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    File.WriteAllText(Path.Combine(work, "reflekt_project.yml"), """
        version: 1.0
        name: bench
        vendor: com.example
        default_profile: bench
        profiles_path: reflekt_profiles.yml
        schemas:
          conventions:
            event: {casing: title, numbers: true, reserved: []}
            property: {casing: snake, numbers: true, reserved: []}
            data_types: [string, integer, number, boolean, object, array, any, 'null']
        artifacts:
          dbt:
            sources: {prefix: __src_}
            models: {prefix: stg_, filter: ''}
            docs: {prefix: _stg_, in_folder: false, tests: {id: [unique, not_null]}}

        """);
    File.WriteAllText(Path.Combine(work, "reflekt_profiles.yml"), $"""
        version: 1.0
        bench:
          do_not_track: true
          source:
            - id: pg
              type: postgres
              host: {cluster.Host}
              port: {cluster.Port}
              database: {database}
              user: {cluster.User}

        """);
    for (var e = 1; e <= events; e++)
    {
        var dir = Path.Combine(work, "schemas", "bench", $"Event_{e:D4}");
        Directory.CreateDirectory(dir);
        var schema = new Dictionary<string, object>
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = $"bench/Event_{e:D4}/1-0.json",
            ["description"] = $"Benchmark event {e}.",
            ["self"] = new Dictionary<string, object> { ["vendor"] = "com.example", ["name"] = $"Event {e:D4}", ["format"] = "jsonschema", ["version"] = "1-0", ["metadata"] = new Dictionary<string, object>() },
            ["type"] = "object",
            ["properties"] = properties.ToDictionary(p => p, p => (object)new Dictionary<string, object> { ["type"] = "string", ["description"] = $"The {p} of the event." }),
            ["required"] = Array.Empty<string>(),
            ["additionalProperties"] = false,
        };
        File.WriteAllText(Path.Combine(dir, "1-0.json"), JsonSerializer.Serialize(schema));
    }

    // In-process phase breakdown (library calls only), to see where the wall time goes.
    var phase = Stopwatch.StartNew();
    var project = Reflekt.Projects.ReflektProject.Load(work);
    var selected = project.LoadCatalog().Select(Reflekt.Schemas.SchemaSelection.Of(["bench"]));
    var loadSeconds = phase.Elapsed.TotalSeconds;
    phase.Restart();
    var profile = Reflekt.Projects.Profiles.ReflektProfile.Load(project);
    Reflekt.Warehouses.Catalog.CatalogSnapshot snapshot;
    double connectSeconds;
    await using (var warehouse = Reflekt.Warehouses.WarehouseProviders.Connect(profile.GetSource("pg")))
    {
        // The first connection (TCP, startup, Npgsql's own set-up) apart from the one catalog query on it.
        await warehouse.PingAsync(CancellationToken.None);
        connectSeconds = phase.Elapsed.TotalSeconds;
        phase.Restart();
        snapshot = await Reflekt.Warehouses.Catalog.WarehouseCatalog.SnapshotAsync(warehouse, new Reflekt.Warehouses.SourceAddress("pg", database, "segment"), CancellationToken.None);
    }

    var snapshotSeconds = phase.Elapsed.TotalSeconds;
    phase.Restart();
    var request = new Reflekt.Dbt.DbtBuildRequest(project.Name, new Reflekt.Warehouses.SourceAddress("pg", database, "segment"),
        Reflekt.Schemas.Naming.WarehouseLayout.Segment, "postgres", Reflekt.Warehouses.Postgres.PostgresSqlDialect.Instance, project.Dbt);
    var built = Reflekt.Dbt.DbtPackageBuilder.Build([.. selected.Select(f => new Reflekt.Dbt.DbtSchemaInput(f.RelativePath, f.Root!.Value))], request, snapshot);
    var buildSeconds = phase.Elapsed.TotalSeconds;
    phase.Restart();
    await Reflekt.Dbt.DbtPackageStore.WriteAsync(built.Package, Path.Combine(work, "phase-probe"));
    var writeSeconds = phase.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"in-process: load_s={loadSeconds:F3} connect_s={connectSeconds:F3} catalog_s={snapshotSeconds:F3} build_s={buildSeconds:F3} write_s={writeSeconds:F3} files={built.Package.Files.Count}"));

    var times = new List<double>();
    var cpu = new List<double>();
    var cold = 0.0;
    // One more rebuild after the timed ones writes the JIT's list of the methods it compiled (the release runtime's
    // DOTNET_JitStdOutFile + DOTNET_JitDisasmSummary): a count that, unlike time, does not move with the load.
    var jitList = Path.Combine(work, "jitted.txt");
    for (var run = 0; run <= runs + 1; run++)
    {
        var childCpuBefore = ChildCpuSeconds();
        var watch = Stopwatch.StartNew();
        var start = new ProcessStartInfo("dotnet", [cli, "build", "--artifact", "dbt", "--select", "bench", "--source", $"pg.{database}.segment", "--sdk", "segment"])
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (run == runs + 1)
        {
            start.Environment["DOTNET_JitStdOutFile"] = jitList;
            start.Environment["DOTNET_JitDisasmSummary"] = "1";
        }

        var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        var cpuSeconds = ChildCpuSeconds() - childCpuBefore;
        if (process.ExitCode != 0 && run > runs)
        {
            // Writing that list once aborted a JIT build ("corrupted double-linked list"); the count is then unknown.
            File.Delete(jitList);
            break;
        }

        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"reflekt build failed ({process.ExitCode}): {stderr}{await stdout}");
            return 1;
        }

        // The first run creates every file of the package (cold); later runs rebuild the same inputs, as a
        // developer does after editing a few schemas. Both are reported; the median is over the rebuilds.
        if (run == 0)
        {
            cold = watch.Elapsed.TotalSeconds;
        }
        else if (run <= runs)
        {
            times.Add(watch.Elapsed.TotalSeconds);
            cpu.Add(cpuSeconds);
        }
    }

    var models = Directory.GetFiles(Path.Combine(work, "artifacts", "dbt", "bench", "models", "segment"), "*.sql").Length;
    times.Sort();
    cpu.Sort();
    var jitted = File.Exists(jitList) ? File.ReadLines(jitList).Count(l => l.Contains("JIT compiled", StringComparison.Ordinal)) : -1;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"events={events} models={models} cold_first_build_s={cold:F3} rebuild_runs={runs} median_s={times[times.Count / 2]:F3} min_s={times[0]:F3} max_s={times[^1]:F3} median_cpu_s={cpu[cpu.Count / 2]:F3} jitted_methods={jitted} load_avg_1m={File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    return models == events + 1 ? 0 : 1;
}
finally
{
    Directory.Delete(work, recursive: true);
}

// CPU seconds (user + system) of reaped child processes, from /proc/self/stat (cutime, cstime; 100 ticks/s):
// under a loaded machine wall time mostly measures waiting, CPU time what the build itself costs.
static double ChildCpuSeconds()
{
    var stat = File.ReadAllText("/proc/self/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0;
}
