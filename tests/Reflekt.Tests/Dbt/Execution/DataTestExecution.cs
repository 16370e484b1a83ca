using System.Data.Common;
using System.Text.Json;
using Reflekt.Dbt;
using Reflekt.Projects.Yaml;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>
/// Runs every generic data test a package's docs YAML declares, compiled the way dbt's built-in tests compile them
/// (a query counting failing rows), so a test's verdict on real data is checked, not only its spelling.
/// </summary>
internal static class DataTestExecution
{
    /// <summary>One declared test and how many rows failed it.</summary>
    public sealed record Outcome(string Model, string Column, string Test, long Failures);

    public static async Task<List<Outcome>> RunAllAsync(
        DbConnection connection, DbtPackage package, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var outcomes = new List<Outcome>();
        var models = package.Files.Where(f => f.Key.EndsWith(".sql", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f.Key), f => ModelExecution.Compile(f.Value, dialect, package: package));
        foreach (var (path, text) in package.Files.Where(f => f.Key.EndsWith(".yml", StringComparison.Ordinal) && f.Key != "dbt_project.yml"))
        {
            var root = YamlDocument.Parse(path, text).Root;
            if (!root.TryGetProperty("models", out var modelList))
            {
                continue;
            }

            foreach (var model in modelList.EnumerateArray())
            {
                var name = model.GetProperty("name").GetString()!;
                foreach (var column in model.GetProperty("columns").EnumerateArray())
                {
                    if (!column.TryGetProperty("data_tests", out var tests))
                    {
                        continue;
                    }

                    var columnName = column.GetProperty("name").GetString()!;
                    foreach (var test in tests.EnumerateArray())
                    {
                        var (testName, sql) = Compile(models[name], dialect.Alias(columnName), test, dialect);
                        await using var command = connection.CreateCommand();
                        command.CommandText = sql;
                        var failures = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
                        outcomes.Add(new Outcome(name, columnName, testName, failures));
                    }
                }
            }
        }

        return outcomes;
    }

    // The failing-row queries of dbt's not_null, unique and accepted_values macros.
    private static (string Name, string Sql) Compile(string model, string column, JsonElement test, SqlDialect dialect)
    {
        var from = $"({model}) as model";
        if (test.ValueKind == JsonValueKind.String)
        {
            return test.GetString() switch
            {
                "not_null" => ("not_null", $"select count(*) from {from} where {column} is null"),
                "unique" => ("unique", $"select count(*) from (select {column} from {from} where {column} is not null group by {column} having count(*) > 1) as duplicates"),
                var other => throw new InvalidOperationException("unknown test " + other),
            };
        }

        var accepted = test.GetProperty("accepted_values").GetProperty("arguments");
        var quote = !accepted.TryGetProperty("quote", out var q) || q.GetBoolean();
        var values = accepted.GetProperty("values").EnumerateArray()
            .Select(v => quote ? dialect.StringLiteral(v.ToString()) : v.GetRawText());
        return ("accepted_values", $"select count(*) from {from} where {column} not in ({string.Join(", ", values)})");
    }
}
