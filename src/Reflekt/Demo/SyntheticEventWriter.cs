using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Reflekt.Dbt;
using Reflekt.Schemas.Calls;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Demo;

/// <summary>
/// Creates CDP-shaped raw tables for a set of event schemas (tracks, identifies, users, pages, one table per track
/// event, with the layout's standard columns) and fills them with deterministic synthetic events.
/// </summary>
public static class SyntheticEventWriter
{
    // The standard columns a Segment source actually fills for web events (contracts §4.4).
    private static readonly string[] EventColumns =
    [
        "id", "anonymous_id", "user_id", "original_timestamp", "sent_at", "received_at", "timestamp", "context_ip",
        "context_library_name", "context_library_version", "context_locale", "context_page_path", "context_page_title",
        "context_page_url", "context_user_agent", "uuid_ts",
    ];

    private static readonly HashSet<string> TimestampColumns = new(StringComparer.Ordinal)
    {
        "original_timestamp", "sent_at", "received_at", "timestamp", "uuid_ts",
    };

    /// <summary>Creates the tables in <paramref name="schema"/> (which must exist) and loads the events; returns rows per table.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> WriteAsync(
        DbConnection connection,
        SqlDialect dialect,
        string schema,
        IReadOnlyList<DbtSchemaInput> schemas,
        SyntheticEventOptions options,
        WarehouseLayout layout = WarehouseLayout.Segment,
        Func<string, string, IReadOnlyList<string>, ITableRowWriter>? rowWriter = null,
        CancellationToken cancellationToken = default)
    {
        var naming = WarehouseNaming.For(layout);
        var plans = schemas.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => EventPlan.Create(s, naming)).ToList();
        var tables = new Dictionary<string, RawTable>(StringComparer.Ordinal);
        RawTable Table(string name, IEnumerable<(string, string?)> extra, bool withEvent, bool withIdentity = true)
        {
            if (!tables.TryGetValue(name, out var table))
            {
                var columns = EventColumns.Where(c => withIdentity || (c != "anonymous_id" && c != "user_id")).Select(c => (c, (string?)null));
                if (withEvent)
                {
                    columns = columns.Concat([("event", null), ("event_text", null)]);
                }

                tables[name] = table = new RawTable(name, [.. columns]);
            }

            table.AddColumns(extra);
            return table;
        }

        var tracks = Table(naming.TableFor(CallType.Track), [], withEvent: true);
        foreach (var plan in plans)
        {
            plan.Table = Table(plan.TableName, plan.Columns, withEvent: plan.CallType == CallType.Track);
            if (plan.CallType == CallType.Identify)
            {
                plan.Users = Table("users", plan.Columns, withEvent: false, withIdentity: false);
            }
        }

        var counts = tables.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in tables.Values)
        {
            await Execute(connection, transaction, table.CreateSql(dialect, schema), cancellationToken).ConfigureAwait(false);
        }

        var inserts = tables.Values.ToDictionary(
            t => t.Name,
            t => new TableRows(t.ColumnNames, rowWriter?.Invoke(schema, t.Name, t.ColumnNames)
                ?? new SqlInsertWriter(connection, transaction, dialect, dialect.Relation(null, schema, t.Name), t.ColumnNames)),
            StringComparer.Ordinal);
        var random = new Random(options.Seed);
        var weights = plans.Select(p => options.Weights.TryGetValue(p.EventName, out var w) ? w : p.CallType == CallType.Page ? 4.0 : 1.0).ToArray();
        var users = new SortedDictionary<int, Dictionary<string, object?>>();
        var start = options.End.AddDays(-options.Days);
        var span = (options.End - start).Ticks;
        for (var i = 0; i < options.Events && plans.Count > 0; i++)
        {
            var plan = plans[Pick(random, weights)];
            var user = random.Next(1, options.Users + 1);
            var at = start.AddTicks((long)(random.NextDouble() * span));
            at = new DateTimeOffset(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            var values = StandardValues(random, i, user, at);
            foreach (var (column, property) in plan.Leaves)
            {
                values[column] = SyntheticValue(random, column, property, user, i);
            }

            switch (plan.CallType)
            {
                case CallType.Track:
                    values["event"] = plan.TableName;
                    values["event_text"] = plan.EventName;
                    await inserts[plan.TableName].RunAsync(values, cancellationToken).ConfigureAwait(false);
                    await inserts[tracks.Name].RunAsync(values, cancellationToken).ConfigureAwait(false);
                    counts[plan.TableName]++;
                    counts[tracks.Name]++;
                    break;
                case CallType.Identify:
                    await inserts[plan.TableName].RunAsync(values, cancellationToken).ConfigureAwait(false);
                    counts[plan.TableName]++;
                    var traits = new Dictionary<string, object?>(values, StringComparer.Ordinal) { ["id"] = $"user_{user}" };
                    users[user] = traits;
                    break;
                default:
                    await inserts[plan.TableName].RunAsync(values, cancellationToken).ConfigureAwait(false);
                    counts[plan.TableName]++;
                    break;
            }
        }

        if (tables.ContainsKey("users"))
        {
            foreach (var traits in users.Values)
            {
                await inserts["users"].RunAsync(traits, cancellationToken).ConfigureAwait(false);
                counts["users"]++;
            }
        }

        foreach (var insert in inserts.Values)
        {
            await insert.Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            await insert.Writer.DisposeAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return counts;
    }

    private static Dictionary<string, object?> StandardValues(Random random, int index, int user, DateTimeOffset at)
    {
        var page = Pages[random.Next(Pages.Length)];
        var received = at.AddMilliseconds(random.Next(50, 2_000));
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = $"msg_{index:D6}",
            ["anonymous_id"] = $"anon_{user:D4}",
            ["user_id"] = random.Next(4) == 0 ? null : $"user_{user}",
            ["original_timestamp"] = at,
            ["sent_at"] = at,
            ["received_at"] = received,
            ["timestamp"] = at,
            ["context_ip"] = string.Create(CultureInfo.InvariantCulture, $"10.0.{user % 256}.{random.Next(1, 255)}"),
            ["context_library_name"] = "analytics.js",
            ["context_library_version"] = "4.1.0",
            ["context_locale"] = random.Next(3) == 0 ? "fr-FR" : "en-US",
            ["context_page_path"] = page,
            ["context_page_title"] = "Reflekt Demo Shop",
            ["context_page_url"] = "https://shop.example.com" + page,
            ["context_user_agent"] = "Mozilla/5.0 (X11; Linux x86_64)",
            ["uuid_ts"] = received,
        };
    }

    private static readonly string[] Pages = ["/", "/coffee", "/tea", "/snacks", "/cart", "/checkout", "/account"];

    private static object? SyntheticValue(Random random, string column, FlattenedProperty property, int user, int index)
    {
        var schema = property.Schema;
        if (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array
            && type.EnumerateArray().Any(t => t.GetString() == "null") && random.Next(5) == 0)
        {
            return null;
        }

        if (schema.TryGetProperty("enum", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0)
        {
            var choice = choices[random.Next(choices.GetArrayLength())];
            return choice.ValueKind == JsonValueKind.String ? choice.GetString() : choice.GetRawText();
        }

        var jsonType = property.Types.Count > 0 ? property.Types[0] : "string";
        return jsonType switch
        {
            "integer" => (long)random.Next(1, 6),
            "number" => Math.Round(random.NextDouble() * 100, 2),
            "boolean" => random.Next(2) == 0,
            "array" => $$"""[{"product_id": "prod_{{random.Next(1, 40)}}", "quantity": {{random.Next(1, 4)}}}]""",
            "object" => "{}",
            _ => column switch
            {
                "email" => $"user{user}@example.com",
                "url" => "https://shop.example.com/p/" + random.Next(1, 40),
                _ when column.EndsWith("_id", StringComparison.Ordinal) => $"{column[..^3]}_{random.Next(1, 200)}",
                _ => $"{property.DottedPath} {index % 97}",
            },
        };
    }

    private static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class EventPlan
    {
        public required string EventName { get; init; }

        public required string TableName { get; init; }

        public required CallType CallType { get; init; }

        public required List<(string Column, FlattenedProperty Property)> Leaves { get; init; }

        public IEnumerable<(string, string?)> Columns => Leaves.Select(l => (l.Column, l.Property.Types.Count == 1 ? l.Property.Types[0] : null));

        public RawTable? Table { get; set; }

        public RawTable? Users { get; set; }

        public static EventPlan Create(DbtSchemaInput input, WarehouseNaming naming)
        {
            var name = input.Schema.Name ?? throw new ReflektException($"{input.DisplayPath ?? input.Id}: missing string '/self/name' needed to write demo events.");
            return new EventPlan
            {
                EventName = name,
                TableName = naming.TableName(name),
                CallType = input.Schema.CallType,
                Leaves = [.. naming.Flatten(input.Document).Where(p => p.ColumnName.Length > 0).Select(p => (p.ColumnName, p))],
            };
        }
    }

    private sealed class RawTable(string name, List<(string Column, string? JsonType)> columns)
    {
        public string Name { get; } = name;

        public void AddColumns(IEnumerable<(string Column, string? JsonType)> extra)
        {
            foreach (var column in extra)
            {
                if (!columns.Any(c => c.Column == column.Column))
                {
                    columns.Add(column);
                }
            }
        }

        public string CreateSql(SqlDialect dialect, string schema) =>
            $"create table {dialect.Relation(null, schema, Name)} ("
            + string.Join(", ", columns.Select(c => $"{dialect.Identifier(c.Column)} {TypeOf(dialect, c.Column, c.JsonType)}")) + ")";

        public IReadOnlyList<string> ColumnNames => [.. columns.Select(c => c.Column)];

        // Segment stores arrays and objects as JSON strings (contracts §4.3).
        private static string TypeOf(SqlDialect dialect, string column, string? jsonType) =>
            TimestampColumns.Contains(column) ? dialect.TimestampType : jsonType switch
            {
                "integer" => dialect.IntegerType,
                "number" => dialect.NumberType,
                "boolean" => dialect.BooleanType,
                _ => dialect.StringType,
            };
    }

    /// <summary>One table's writer, fed the generator's name → value rows in the table's column order.</summary>
    private sealed class TableRows(IReadOnlyList<string> columns, ITableRowWriter writer)
    {
        public ITableRowWriter Writer { get; } = writer;

        public ValueTask RunAsync(Dictionary<string, object?> values, CancellationToken cancellationToken) =>
            Writer.AddAsync([.. columns.Select(c => values.GetValueOrDefault(c))], cancellationToken);
    }
}
