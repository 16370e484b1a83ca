using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reflekt.Projects.Scaffolding;

/// <summary>Writes YAML scalars that read back as the same string: plain when safe, double-quoted otherwise.</summary>
public static partial class YamlText
{
    public static string Scalar(string value) =>
        PlainSafe().IsMatch(value) && !LooksTyped().IsMatch(value)
            ? value
            : JsonSerializer.Serialize(value, JsonOptions); // a JSON string is a valid YAML double-quoted scalar

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"^[A-Za-z0-9_./~][A-Za-z0-9_./~@-]*$")]
    private static partial Regex PlainSafe();

    // Words and numbers a YAML 1.1 or 1.2 reader would not read as a string.
    [GeneratedRegex(@"^([-+]?[0-9.][0-9_.eE+-]*|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan|true|false|yes|no|on|off|null|y|n|~)$", RegexOptions.IgnoreCase)]
    private static partial Regex LooksTyped();
}
