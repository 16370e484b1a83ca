using System.Text.Json;
using Reflekt.Projects.Validation;
using Reflekt.Projects.Yaml;
using Reflekt.Schemas;
using Reflekt.Warehouses;

namespace Reflekt.Projects.Profiles;

/// <summary>Reads one profile from <c>reflekt_profiles.yml</c>: find it, substitute secrets, check and type its sources and registries.</summary>
internal static class ProfileFileReader
{
    public static IReadOnlyList<string> SourceTypes => WarehouseProviders.Types;

    public static IReadOnlyList<string> RegistryTypes { get; } = ["segment", "avo", "reflekt", "s3"];

    public static ReflektProfile Read(ReflektProject project, string profileName, ProfileEnvironment environment)
    {
        var path = project.ProfilesPath;
        if (!File.Exists(path))
        {
            var origin = project.ProfilesPathFromEnvironment
                ? $"set by {ProfileEnvironment.ProfilesPathVariable}"
                : $"profiles_path in {project.FilePath}";
            throw new ReflektException($"Profiles file {path} ({origin}) does not exist");
        }

        var document = YamlDocument.Load(path);
        var root = ConfigNode.Root(document, sensitive: true);
        var names = root.Keys.Where(k => k != "version").ToArray();
        if (!names.Contains(profileName, StringComparer.Ordinal))
        {
            throw new ReflektException(
                $"Profile '{profileName}' not found in {path} (profiles: {(names.Length == 0 ? "none" : string.Join(", ", names))})");
        }

        var pointer = JsonPointer.Append("", profileName);
        var raw = root.Element.GetProperty(profileName);
        if (raw.ValueKind != JsonValueKind.Object)
        {
            throw root.Error(profileName, "expected a mapping with 'source' and 'registry' lists");
        }

        // An unset variable fails only the source or registry holding it, and only for a command that uses that entry.
        var missing = new List<(string Pointer, ReflektException Error)>();
        var substituted = SecretSubstitution.Apply(document, raw, pointer, environment, missing);
        var unresolved = new List<UnresolvedEntry>();
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (at, error) in missing)
        {
            var entry = EntryOf(at, pointer) ?? throw error;
            if (skipped.Add(entry.Pointer))
            {
                var item = raw.GetProperty(entry.List)[entry.Index];
                var name = item.ValueKind == JsonValueKind.Object && item.TryGetProperty(entry.List == "source" ? "id" : "type", out var n) ? n.ToString() : $"#{entry.Index + 1}";
                unresolved.Add(new UnresolvedEntry(entry.List, name, error));
            }
        }

        var profile = new ConfigNode(document, substituted, pointer, sensitive: true);
        var sources = Resolved(profile, "source", skipped).Select(s => ReadSource(s, project.Directory, environment)).ToArray();
        CheckUniqueIds(profile, sources);
        var result = new ReflektProfile
        {
            Name = profileName,
            FilePath = path,
            DoNotTrack = profile.OptionalBoolean("do_not_track") ?? false,
            Sources = sources,
            Registries = Resolved(profile, "registry", skipped).Select(ReadRegistry).ToArray(),
            Unresolved = unresolved,
        };

        // The typed reads above give the friendliest messages; the schema catches whatever they let through
        // (unresolved entries as written, their references unsubstituted, so "" where a value is due does not fail).
        ConfigSchema.ValidateProfile(document, WithRawEntries(substituted, raw, skipped, pointer), pointer);
        return result;
    }

    // The list item ("source" or "registry", index) a pointer lies in, or null outside both lists.
    private static (string List, int Index, string Pointer)? EntryOf(string at, string profilePointer)
    {
        var segments = JsonPointer.Segments(at[profilePointer.Length..]);
        return segments.Count >= 2 && segments[0] is "source" or "registry" && int.TryParse(segments[1], out var index)
            ? (segments[0], index, JsonPointer.Append(JsonPointer.Append(profilePointer, segments[0]), index))
            : null;
    }

    private static IEnumerable<ConfigNode> Resolved(ConfigNode profile, string list, HashSet<string> skipped) =>
        profile.MappingList(list).Where(item => !skipped.Contains(item.Pointer));

    private static JsonElement WithRawEntries(JsonElement substituted, JsonElement raw, HashSet<string> skipped, string profilePointer)
    {
        if (skipped.Count == 0)
        {
            return substituted;
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(substituted.GetRawText())!;
        foreach (var entry in skipped)
        {
            var (list, index, _) = EntryOf(entry + "/", profilePointer)!.Value;
            node[list]![index] = System.Text.Json.Nodes.JsonNode.Parse(raw.GetProperty(list)[index].GetRawText());
        }

        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }

    private static void CheckUniqueIds(ConfigNode profile, IReadOnlyList<SourceProfile> sources)
    {
        var seen = new Dictionary<string, SourceProfile>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            if (seen.TryGetValue(sources[i].Id, out var first))
            {
                throw ConfigNode.Error(profile.Document, JsonPointer.Append(JsonPointer.Append(profile.Pointer, "source"), i),
                    $"duplicate source id '{sources[i].Id}' (first defined at line {first.Position.Line}); source ids must be unique within a profile");
            }

            seen[sources[i].Id] = sources[i];
        }
    }

    // The source's type picks its provider; the provider reads the rest of the item.
    private static SourceProfile ReadSource(ConfigNode node, string projectDirectory, ProfileEnvironment environment)
    {
        var id = node.RequiredString("id");
        var type = node.RequiredString("type");
        var provider = WarehouseProviders.All.FirstOrDefault(p => p.Type == type)
            ?? throw node.Error("type", $"unknown source type '{type}' (expected one of: {string.Join(", ", SourceTypes)})");
        var source = provider.Read(new SourceSettings(node, id, projectDirectory, environment));
        return source with { Position = node.Document.Positions.Find(node.Pointer) };
    }

    private static RegistryProfile ReadRegistry(ConfigNode node)
    {
        var type = node.RequiredString("type");
        RegistryProfile registry = type switch
        {
            "segment" => new SegmentRegistry { ApiToken = RequiredSecret(node, "api_token"), ApiUrl = node.OptionalString("api_url") },
            "avo" => new AvoRegistry
            {
                WorkspaceId = node.RequiredString("workspace_id"),
                ServiceAccountName = node.RequiredString("service_account_name"),
                ServiceAccountSecret = RequiredSecret(node, "service_account_secret"),
                ApiUrl = node.OptionalString("api_url"),
            },
            "reflekt" => new ReflektRegistry { Url = node.RequiredString("url"), ApiKey = RequiredSecret(node, "api_key") },
            "s3" => new S3Registry
            {
                Bucket = node.RequiredString("bucket"),
                Prefix = (node.OptionalString("prefix") ?? "").Trim('/'),
                Region = node.OptionalString("region"),
                EndpointUrl = node.OptionalString("endpoint_url"),
                AccessKeyId = node.OptionalString("aws_access_key_id"),
                SecretAccessKey = OptionalSecret(node, "aws_secret_access_key"),
            },
            _ => throw node.Error("type", $"unknown registry type '{type}' (expected one of: {string.Join(", ", RegistryTypes)})"),
        };
        return registry with { Position = node.Document.Positions.Find(node.Pointer) };
    }

    private static Secret RequiredSecret(ConfigNode node, string key) => new(node.RequiredString(key));

    private static Secret? OptionalSecret(ConfigNode node, string key) => node.OptionalString(key) is { } value ? new Secret(value) : null;
}
