using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses.Snowflake;

/// <summary>A Snowflake source (<c>type: snowflake</c>): password, key-pair (<c>private_key</c>/<c>private_key_path</c>) or <c>token</c> auth.</summary>
public sealed record SnowflakeSource : SourceProfile
{
    public override string Type => "snowflake";

    /// <summary>Account identifier, e.g. <c>xy12345.eu-west-1</c>.</summary>
    public required string Account { get; init; }

    public required string Database { get; init; }

    public string? Warehouse { get; init; }

    public string? Role { get; init; }

    public required string User { get; init; }

    public Secret? Password { get; init; }

    /// <summary>PEM private key for key-pair (JWT) auth.</summary>
    public Secret? PrivateKey { get; init; }

    /// <summary>Path of a PEM private key file, resolved against the project directory.</summary>
    public string? PrivateKeyPath { get; init; }

    /// <summary>An OAuth or programmatic access token.</summary>
    public Secret? Token { get; init; }

    /// <summary>Base URL override (a local stand-in); null means <c>https://&lt;account&gt;.snowflakecomputing.com</c>.</summary>
    public string? EndpointUrl { get; init; }

    public override string Describe() => $"snowflake://{User}@{Account}/{Database}";
}
