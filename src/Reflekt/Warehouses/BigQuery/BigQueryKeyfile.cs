using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses.BigQuery;

/// <summary>The service-account key fields upstream requires in <c>keyfile_json</c>.</summary>
public sealed record BigQueryKeyfile(
    string Type,
    string ProjectId,
    string PrivateKeyId,
    Secret PrivateKey,
    string ClientEmail,
    string ClientId,
    string AuthUri,
    string TokenUri,
    string AuthProviderX509CertUrl,
    string ClientX509CertUrl);
