using System.Globalization;

namespace Reflekt.Projects.Scaffolding;

/// <summary>
/// One key of a source or registry written by <c>reflekt init</c>. A <paramref name="Raw"/> value is written
/// verbatim (a number, or a JSON object, which is valid YAML flow style); others are quoted as needed.
/// </summary>
public sealed record ProfileSetting(string Key, string Value, bool Raw = false)
{
    /// <summary>A number, written unquoted.</summary>
    public static ProfileSetting Number(string key, int value) => new(key, value.ToString(CultureInfo.InvariantCulture), Raw: true);

    /// <summary><c>{{ env_var('NAME') }}</c>: the default of a secret, so init never writes one in plain text.</summary>
    public static string EnvVar(string name) => $"{{{{ env_var('{name}') }}}}";
}
