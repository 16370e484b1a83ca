using System.Net;

namespace Reflekt.Registries.Internal;

/// <summary>A final (non-retried) answer from a registry: status and body text.</summary>
internal sealed record RegistryResponse(HttpStatusCode Status, string Body);
