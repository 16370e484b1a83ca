using Reflekt.Http;
using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Registries.Avo;
using Reflekt.Registries.S3;
using Reflekt.Registries.Segment;
using Reflekt.Registries.Server;

namespace Reflekt.Registries;

/// <summary>Builds the registry client for a <c>--registry</c> type from the profile's entry of that type.</summary>
public static class RegistryFactory
{
    /// <summary>The registry types <c>--registry</c> accepts.</summary>
    public static IReadOnlyList<string> Types { get; } = ["segment", "avo", "reflekt", "s3"];

    /// <exception cref="ReflektException">Unknown type, or the profile has no registry of that type.</exception>
    public static ISchemaRegistry Create(ReflektProject project, ReflektProfile profile, string type, ResilientHttpOptions? options = null)
    {
        if (!Types.Contains(type))
        {
            throw new ReflektException($"Unknown registry type '{type}' (expected one of: {string.Join(", ", Types)}).");
        }

        profile.RequireResolved("registry", type);
        var entry = profile.Registries.FirstOrDefault(r => r.Type == type)
            ?? throw new ReflektException($"Registry type '{type}' not configured in profile '{profile.Name}' in {profile.FilePath}.");
        return Create(project, entry, options);
    }

    public static ISchemaRegistry Create(ReflektProject project, RegistryProfile entry, ResilientHttpOptions? options = null) => entry switch
    {
        SegmentRegistry s => new SegmentProtocolsRegistry(
            new SegmentSettings(s.ApiToken.Reveal()) { BaseUrl = Url(s.ApiUrl, SegmentSettings.DefaultBaseUrl, entry) }, options),
        AvoRegistry a => new AvoExportRegistry(
            new AvoSettings(a.WorkspaceId, a.ServiceAccountName, a.ServiceAccountSecret.Reveal())
            {
                BaseUrl = Url(a.ApiUrl, AvoSettings.DefaultBaseUrl, entry),
                Branches = project.Registry.AvoBranches,
            }, options),
        ReflektRegistry r => new ServerSchemaRegistry(new RegistryServerSettings(Url(r.Url, null, entry), r.ApiKey.Reveal()), options),
        S3Registry s3 => new S3MirrorRegistry(
            new S3Settings(s3.Bucket)
            {
                Prefix = s3.Prefix,
                EndpointUrl = s3.EndpointUrl is null ? null : Url(s3.EndpointUrl, null, entry),
                Region = s3.Region ?? "us-east-1",
                AccessKeyId = s3.AccessKeyId,
                SecretAccessKey = s3.SecretAccessKey?.Reveal(),
            }, options),
        _ => throw new ReflektException($"Registry type '{entry.Type}' is not supported by push/pull."),
    };

    private static Uri Url(string? value, Uri? fallback, RegistryProfile entry)
    {
        if (value is null)
        {
            return fallback ?? throw new ReflektException($"Registry '{entry.Type}' (line {entry.Position.Line} of the profiles file) needs a URL.");
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ReflektException($"Registry '{entry.Type}' (line {entry.Position.Line} of the profiles file): '{value}' is not an http(s) URL.");
    }
}
