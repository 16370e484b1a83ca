using System.CommandLine;
using System.Text.RegularExpressions;
using Reflekt.Cli.Rendering;
using Reflekt.Projects.Scaffolding;
using Reflekt.Warehouses;

namespace Reflekt.Cli.Commands.Init;

/// <summary>Every question of <c>reflekt init</c>, in order: a flag answers it, otherwise the prompter asks (default shown).</summary>
internal sealed partial class InitQuestions(ParseResult parseResult, IPrompter prompter, string workingDirectory)
{
    public ScaffoldSettings Ask(string directory)
    {
        var name = Answer(InitCommand.Name, "Project name [letters, digits, underscore]", DefaultName(directory));
        var vendor = Answer(InitCommand.Vendor, "Schema vendor", "com.example");
        var profilesPath = Answer(InitCommand.ProfilesPath, "Path of reflekt_profiles.yml (relative to the project, or ~/...)", "reflekt_profiles.yml");
        var profileName = Answer(CommonOptions.Profile, "Profile name", "dev");
        var sourceType = Choose(InitCommand.SourceType, "Source type [where raw event data is stored]", WarehouseProviders.Types, InitCommand.DefaultSourceType);
        var sourceId = Answer(InitCommand.SourceId, "Source id", "warehouse").ToLowerInvariant();
        var source = WarehouseProviders.For(sourceType).AskInitSettings(new InitSourceAnswers(parseResult, prompter, workingDirectory));
        source = source with { Settings = [new ProfileSetting("id", sourceId), .. source.Settings] };
        var registryType = Choose(InitCommand.Registry, "Schema registry [where event schemas are hosted]", InitCommand.RegistryTypes, "none");
        return new ScaffoldSettings
        {
            Directory = directory,
            Name = name,
            Vendor = vendor,
            ProfilesPath = profilesPath,
            ProfileName = profileName,
            Source = source,
            Registry = registryType == "none" ? null : new ProfileEntry(registryType, RegistrySettings(registryType)),
            ToolVersion = CliVersion.Current,
        };
    }

    private IReadOnlyList<ProfileSetting> RegistrySettings(string type) => type switch
    {
        "segment" => [new("api_token", Secret(InitCommand.SegmentApiToken, "Segment API token [Tracking Plan Admin access]", ProfileSetting.EnvVar("SEGMENT_API_TOKEN")))],
        "avo" =>
        [
            new("workspace_id", Answer(InitCommand.AvoWorkspaceId, "Avo workspace ID", ProfileSetting.EnvVar("AVO_WORKSPACE_ID"))),
            new("service_account_name", Answer(InitCommand.AvoServiceAccountName, "Avo service account name", ProfileSetting.EnvVar("AVO_SERVICE_ACCOUNT_NAME"))),
            new("service_account_secret", Secret(InitCommand.AvoServiceAccountSecret, "Avo service account secret", ProfileSetting.EnvVar("AVO_SERVICE_ACCOUNT_SECRET"))),
        ],
        "reflekt" =>
        [
            new("url", Answer(InitCommand.RegistryUrl, "Registry server URL", "http://127.0.0.1:8080")),
            new("api_key", Secret(InitCommand.RegistryApiKey, "Registry API key", ProfileSetting.EnvVar("REFLEKT_API_KEY"))),
        ],
        "s3" =>
        [
            new("bucket", Answer(InitCommand.S3Bucket, "S3 bucket", "reflekt-schemas")),
            new("prefix", Answer(InitCommand.S3Prefix, "S3 key prefix", "schemas")),
            new("region", Answer(InitCommand.S3Region, "S3 region", "us-east-1")),
            .. parseResult.GetValue(InitCommand.S3EndpointUrl) is { } endpoint ? [new ProfileSetting("endpoint_url", endpoint)] : Array.Empty<ProfileSetting>(),
        ],
        _ => throw new ReflektException($"unknown registry type '{type}'"),
    };

    private string Answer(Option<string?> flag, string question, string defaultValue) =>
        parseResult.GetValue(flag) ?? prompter.Ask(question, defaultValue);

    private string Secret(Option<string?> flag, string question, string defaultValue) =>
        parseResult.GetValue(flag) ?? prompter.AskSecret(question, defaultValue);

    private string Choose(Option<string?> flag, string question, IReadOnlyList<string> choices, string defaultValue) =>
        parseResult.GetValue(flag) ?? prompter.Choose(question, choices, defaultValue);

    private static string DefaultName(string directory)
    {
        var name = NotIdentifier().Replace(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)), "_");
        return name.Length == 0 ? "my_project" : name;
    }

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NotIdentifier();
}
