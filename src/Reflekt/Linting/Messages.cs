namespace Reflekt.Linting;

/// <summary>
/// Every lint message in one place. Upstream wording is kept where upstream had the rule (spec §3.1),
/// with the file path relative to the project and an added hint saying what would pass.
/// </summary>
internal static class Messages
{
    public static string EmptyFile(string file) => $"Schema file {file} is empty; expected a JSON object.";

    public static string InvalidJson(string file, string reason) => $"Schema file {file} is not valid JSON: {reason}";

    public static string RuleFailed(string ruleId, string reason) => $"Rule {ruleId} failed unexpectedly on this schema ({reason}); please report this.";

    public static string MetaSchema(string location, string file, string message) =>
        $"Schema validation error in '{location}' in {file}:\n    {message}";

    public static string IdContainsSpace(string id, string file) => $"Schema ID '{id}' contains space (' ') in {file}";

    public static string NameDoesNotMatchId(string name, string id, string file) =>
        $"Event name '{name}' does not match schema ID '{id}' in {file}.\n\nNOTE: Space (' ') in event names are converted to underscore when setting schema ID";

    public static string VersionDoesNotMatchId(string version, string id, string file) =>
        $"Event version '{version}' does not match schema ID '{id}' in {file}";

    public static string EventCasing(string name, string file, string casing, string projectFile, string expected) =>
        $"Event '{name}' in {file} does not match naming convention 'casing: {casing}' in {projectFile}. Expected '{expected}'.";

    public static string EventNumbers(string name, string file, string projectFile) =>
        $"Event '{name}' in {file} does not match naming convention 'numbers: False' in {projectFile}. Digits are not allowed in event names.";

    public static string EventReserved(string name, string file, string projectFile, IReadOnlyList<string> reserved) =>
        $"Event '{name}' in {file} is a reserved name in convention in {projectFile}. Reserved event names are:\n    'reserved: {PythonList(reserved)}'";

    public static string PropertyCasing(string name, string file, string casing, string projectFile, string expected) =>
        $"Property '{name}' in {file} does not match naming convention 'casing: {casing}' in {projectFile}. Expected '{expected}'.";

    public static string PropertyNumbers(string name, string file, string projectFile) =>
        $"Property '{name}' in {file} does not match naming convention 'numbers: False' in {projectFile}. Digits are not allowed in property names.";

    public static string PropertyReserved(string name, string file, string projectFile, IReadOnlyList<string> reserved) =>
        $"Property '{name}' in {file} is a reserved name in {projectFile}. Reserved property names are:\n    'reserved: {PythonList(reserved)}'";

    public static string PropertyNoDescription(string name, string file) => $"Property '{name}' in {file} does not have a description.";

    public static string PropertyNoType(string name, string file) => $"Property '{name}' in {file} does not have a type. Please add a type to the property.";

    public static string PropertyTypeNotAllowed(string name, string file, string type, string projectFile, IReadOnlyList<string> allowed) =>
        $"Property '{name}' in schema '{file}' has type '{type}' which is not allowed per the config in {projectFile}:\n     'data_types: {PythonList(allowed)}'";

    public static string IdMissing(string file, string expected) => $"Schema {file} has no '$id'; expected '{expected}'.";

    public static string IdDoesNotMatchPath(string id, string file, string expected) =>
        $"Schema ID '{id}' does not match the file's path under schemas/ in {file}; expected '{expected}'.";

    public static string RequiredNotDefined(string name, string file) =>
        $"Required property '{name}' in {file} is not defined in the neighbouring 'properties'.";

    public static string ColumnCollision(string name, string other, string column, string file) =>
        $"Properties '{other}' and '{name}' in {file} both land in warehouse column '{column}'; rename one of them.";

    public static string VendorMismatch(string vendor, string file, string expected, string projectFile) =>
        $"Schema vendor '{vendor}' in {file} differs from the project vendor '{expected}' in {projectFile}.";

    public static string EnumDuplicate(string value, string file) => $"Enum in {file} lists the value {value} more than once.";

    public static string ImpossibleConstraint(string lower, string lowerValue, string upper, string upperValue, string file) =>
        $"No value can satisfy '{lower}: {lowerValue}' together with '{upper}: {upperValue}' in {file}.";

    public static string StringWithoutMaxLength(string name, string file) =>
        $"String property '{name}' in {file} has no 'maxLength'; warehouses truncate long strings (Segment: 512 characters).";

    public static string UnknownFormat(string format, string file) =>
        $"Unknown format '{format}' in {file}; validators ignore it. Known formats: date-time, date, time, duration, email, hostname, ipv4, ipv6, uri, uri-reference, uuid, regex, ….";

    public static string UnknownDraft(string uri, string file) =>
        $"'$schema' '{uri}' in {file} is not a known JSON Schema draft (draft-07, 2019-09 or 2020-12).";

    public static string OpenObject(string name, string file) =>
        $"Object property '{name}' in {file} declares no 'properties' and does not set 'additionalProperties: false'; its content is unchecked.";

    public static string MinorWithBreakingChange(string version, string previous, string file, string change, string nextMajor) =>
        $"Version {version} in {file} is a MINOR bump of {previous} but contains a breaking change: {change}. Publish it as {nextMajor} instead.";

    public static string MajorWithoutBreakingChange(string version, string previous, string file) =>
        $"Version {version} in {file} is a MAJOR bump of {previous} but has no breaking change; a MINOR version would do.";

    /// <summary>Python's list repr, as upstream prints it: ['a', 'b'].</summary>
    public static string PythonList(IReadOnlyList<string> items) => "[" + string.Join(", ", items.Select(i => $"'{i}'")) + "]";
}
