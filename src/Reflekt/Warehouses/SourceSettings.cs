using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Projects.Yaml;

namespace Reflekt.Warehouses;

/// <summary>
/// One <c>source:</c> item of a profile, secrets already substituted, as a provider reads it: typed keys with
/// errors that name the file and line, paths resolved against the project, and the spellings dbt also accepts.
/// </summary>
public sealed class SourceSettings
{
    internal SourceSettings(ConfigNode node, string id, string projectDirectory, ProfileEnvironment environment)
    {
        Node = node;
        Id = id;
        ProjectDirectory = projectDirectory;
        Environment = environment;
    }

    /// <summary>The item's <c>id:</c>.</summary>
    public string Id { get; }

    /// <summary>The project directory relative paths are resolved against.</summary>
    public string ProjectDirectory { get; }

    public ProfileEnvironment Environment { get; }

    internal ConfigNode Node { get; }

    public string RequiredString(string key) => Node.RequiredString(key);

    public string? OptionalString(string key) => Node.OptionalString(key);

    public Secret RequiredSecret(string key) => new(Node.RequiredString(key));

    public Secret? OptionalSecret(string key) => Node.OptionalString(key) is { } value ? new Secret(value) : null;

    /// <summary>A path key resolved against the project directory (<c>~</c> expanded).</summary>
    public string RequiredPath(string key) => Environment.ResolvePath(Node.RequiredString(key), ProjectDirectory);

    /// <summary>An optional path key, resolved like <see cref="RequiredPath"/>.</summary>
    public string? OptionalPath(string key) => Node.OptionalString(key) is { } path ? Environment.ResolvePath(path, ProjectDirectory) : null;

    /// <summary><c>port:</c> or the warehouse's default, checked to be a TCP port.</summary>
    public int Port(int defaultPort)
    {
        var port = Node.OptionalInteger("port") ?? defaultPort;
        return port is > 0 and <= 65535 ? port : throw Node.Error("port", "must be between 1 and 65535");
    }

    /// <summary><c>database:</c>, or <c>dbname:</c> as dbt also accepts.</summary>
    public string Database() =>
        Node.OptionalString("database") ?? Node.OptionalString("dbname") ?? throw Node.Error(null, "required key 'database' is missing");

    /// <summary>A nested mapping (e.g. BigQuery's <c>keyfile_json</c>), read the same way.</summary>
    public SourceSettings RequiredMapping(string key) => new(Node.RequiredMapping(key), Id, ProjectDirectory, Environment);

    /// <summary>An error at <paramref name="key"/> of this item (or the item itself when null), with file and line.</summary>
    public ReflektException Error(string? key, string message) => Node.Error(key, message);
}
