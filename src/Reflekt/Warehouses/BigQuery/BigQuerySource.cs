using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses.BigQuery;

/// <summary>A BigQuery source (<c>type: bigquery</c>) authenticated with an inlined service-account key (<c>keyfile_json</c>).</summary>
public sealed record BigQuerySource : SourceProfile
{
    public override string Type => "bigquery";

    /// <summary>The GCP project queried; <c>project:</c> or the key's <c>project_id</c>.</summary>
    public required string Project { get; init; }

    /// <summary>The service-account key.</summary>
    public required BigQueryKeyfile Keyfile { get; init; }

    /// <summary>Dataset location (e.g. <c>EU</c>), or null for the default.</summary>
    public string? Location { get; init; }

    /// <summary>BigQuery REST base URL override (a local stand-in); null for Google's.</summary>
    public string? EndpointUrl { get; init; }

    public override string Describe() => $"bigquery://{Keyfile.ClientEmail}@{Project}";
}
