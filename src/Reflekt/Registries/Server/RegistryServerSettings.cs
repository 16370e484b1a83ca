namespace Reflekt.Registries.Server;

/// <summary>How to reach our registry server's schema API (profile entry <c>type: reflekt</c>).</summary>
/// <param name="BaseUrl">The server, e.g. <c>http://127.0.0.1:8080</c>.</param>
/// <param name="ApiKey">The admin token (<c>REGISTRY_ADMIN_TOKEN</c> on the server), sent as a Bearer token.</param>
public sealed record RegistryServerSettings(Uri BaseUrl, string ApiKey);
