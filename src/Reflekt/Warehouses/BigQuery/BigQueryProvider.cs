using System.Text.Json;
using Reflekt.Projects.Scaffolding;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.BigQuery;

/// <summary>BigQuery (<c>type: bigquery</c>, inlined service-account <c>keyfile_json</c>) through its REST API.</summary>
public sealed class BigQueryProvider : WarehouseProvider<BigQuerySource>
{
    public override string Type => "bigquery";

    public override SqlDialect Dialect => BigQuerySqlDialect.Instance;

    public override ReflectionSql Queries { get; } = new BigQueryReflectionSql();

    public override string SettingsSchema => """
        {"properties": {"project": {"type": "string"}, "location": {"type": "string"}, "endpoint_url": {"type": "string"},
          "keyfile_json": {"type": "object",
            "properties": {"type": {"type": "string"}, "project_id": {"type": "string"}, "private_key_id": {"type": "string"}, "private_key": {"type": "string"},
              "client_email": {"type": "string"}, "client_id": {"type": "string"}, "auth_uri": {"type": "string"}, "token_uri": {"type": "string"},
              "auth_provider_x509_cert_url": {"type": "string"}, "client_x509_cert_url": {"type": "string"}},
            "required": ["type", "project_id", "private_key_id", "private_key", "client_email", "client_id", "auth_uri", "token_uri",
              "auth_provider_x509_cert_url", "client_x509_cert_url"]}},
         "required": ["keyfile_json"]}
        """;

    protected override BigQuerySource ReadSource(SourceSettings settings)
    {
        var key = settings.RequiredMapping("keyfile_json");
        var keyfile = new BigQueryKeyfile(
            key.RequiredString("type"),
            key.RequiredString("project_id"),
            key.RequiredString("private_key_id"),
            key.RequiredSecret("private_key"),
            key.RequiredString("client_email"),
            key.RequiredString("client_id"),
            key.RequiredString("auth_uri"),
            key.RequiredString("token_uri"),
            key.RequiredString("auth_provider_x509_cert_url"),
            key.RequiredString("client_x509_cert_url"));
        return new BigQuerySource
        {
            Id = settings.Id,
            Project = settings.OptionalString("project") ?? keyfile.ProjectId,
            Keyfile = keyfile,
            Location = settings.OptionalString("location"),
            EndpointUrl = settings.OptionalString("endpoint_url"),
        };
    }

    protected override IWarehouse Connect(BigQuerySource source) => new BigQueryWarehouse(source);

    // The key is inlined (dbt's keyfile_json), so the profile works wherever the project is checked out.
    public override ProfileEntry AskInitSettings(ISourceAnswers answers)
    {
        var path = answers.File("--keyfile", "Service-account key JSON file");
        if (path.Length == 0)
        {
            throw new ReflektException("a bigquery source needs --keyfile <service-account key JSON file>");
        }

        try
        {
            using var key = JsonDocument.Parse(File.ReadAllText(path));
            return new(Type, [new("keyfile_json", key.RootElement.GetRawText().ReplaceLineEndings(" "), Raw: true)]);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new ReflektException($"--keyfile {path}: {e.Message}", e);
        }
    }
}
