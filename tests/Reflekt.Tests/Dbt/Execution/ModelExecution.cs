using System.Data.Common;
using System.Text.RegularExpressions;
using Reflekt.Dbt;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>
/// Runs generated models for real with a minimal Jinja stand-in: <c>{{ config(...) }}</c> removed, <c>{{ source() }}</c>
/// rendered as dbt does, <c>{{ ref() }}</c> the referenced model's compiled SQL as a subquery, <c>{% if is_incremental() %}</c>
/// blocks kept or dropped, <c>{{ this }}</c> the model's relation.
/// </summary>
internal static partial class ModelExecution
{
    /// <summary>The model's SQL as dbt compiles it: the source relation quoted (dbt-postgres and dbt-sqlite quote by default).</summary>
    public static string Compile(string modelSql, SqlDialect dialect, string? incrementalThis = null, DbtPackage? package = null)
    {
        var withoutConfig = Config().Replace(modelSql, "", 1);
        var incremental = IsIncremental().Replace(withoutConfig, m => incrementalThis is null ? "" : m.Groups[1].Value);
        if (incrementalThis is not null)
        {
            incremental = incremental.Replace("{{ this }}", incrementalThis, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{%", incremental);
        var sourced = Source().Replace(incremental, m =>
            dialect.QuoteIdentifier(Jinja.Unescape(m.Groups[1].Value)) + "." + dialect.QuoteIdentifier(Jinja.Unescape(m.Groups[2].Value)));
        return Ref().Replace(sourced, m =>
        {
            var name = Jinja.Unescape(m.Groups[1].Value);
            var referenced = package?.Files.SingleOrDefault(f => f.Key.EndsWith("/" + name + ".sql", StringComparison.Ordinal)).Value
                ?? throw new InvalidOperationException($"ref('{name}') names no model of the package");
            return "(" + Compile(referenced, dialect, package: package) + ") as " + dialect.QuoteIdentifier(name);
        });
    }

    /// <summary>Runs every model of a package and returns (model → (columns, rows)).</summary>
    public static async Task<Dictionary<string, (List<string> Columns, int Rows)>> RunAllAsync(
        DbConnection connection, DbtPackage package, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, (List<string>, int)>(StringComparer.Ordinal);
        foreach (var (path, text) in package.Files.Where(f => f.Key.EndsWith(".sql", StringComparison.Ordinal)))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Compile(text, dialect, package: package);
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
                var rows = 0;
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows++;
                }

                results[Path.GetFileNameWithoutExtension(path)] = (columns, rows);
            }
            catch (DbException e)
            {
                throw new InvalidOperationException($"{path} failed: {e.Message}\n{command.CommandText}", e);
            }
        }

        return results;
    }

    /// <summary>The output columns the model's docs YAML lists, in order.</summary>
    public static List<string> DocumentedColumns(DbtPackage package, string model)
    {
        var docs = package.Files.Single(f => f.Key.EndsWith("/_" + model + ".yml", StringComparison.Ordinal)
            || f.Key.EndsWith("/" + model.Replace("stg_", "_stg_", StringComparison.Ordinal) + ".yml", StringComparison.Ordinal)).Value;
        return [.. docs.Split('\n').Where(l => l.StartsWith("      - name: ", StringComparison.Ordinal)).Select(l => l[14..].Trim('\''))];
    }

    [GeneratedRegex(@"[ ]*\{% if is_incremental\(\) %\}\n((?s:.*?))[ ]*\{% endif %\}\n")]
    private static partial Regex IsIncremental();

    [GeneratedRegex(@"\{\{\s*config\((?s:.*?)\)\s*\}\}\s*")]
    private static partial Regex Config();

    [GeneratedRegex(@"\{\{ ref\('((?:[^'\\]|\\.)*)'\) \}\}")]
    private static partial Regex Ref();

    [GeneratedRegex(@"\{\{ source\('((?:[^'\\]|\\.)*)', '((?:[^'\\]|\\.)*)'\) \}\}")]
    private static partial Regex Source();
}
