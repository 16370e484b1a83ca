using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Reflekt.Schemas;

/// <summary>
/// The id of an event schema: its path under <c>schemas/</c>, e.g. <c>segment/ecommerce/Order_Completed/1-0.json</c>
/// (group <c>segment/ecommerce</c>, event folder <c>Order_Completed</c>, version 1-0).
/// </summary>
public sealed partial record SchemaId : IComparable<SchemaId>
{
    private SchemaId(string path, string eventFolder, string name, int major, int minor)
    {
        Path = path;
        EventFolder = eventFolder;
        Name = name;
        Major = major;
        Minor = minor;
    }

    /// <summary>The id as written in <c>$id</c>: the forward-slash path under <c>schemas/</c>, with <c>.json</c>.</summary>
    public string Path { get; }

    /// <summary>The folder holding the event's versions, e.g. <c>segment/ecommerce/Order_Completed</c>.</summary>
    public string EventFolder { get; }

    /// <summary>The last folder name, e.g. <c>Order_Completed</c> (event names with spaces use <c>_</c> on disk).</summary>
    public string Name { get; }

    /// <summary>The group folders before the event folder, e.g. <c>segment/ecommerce</c> ("" when none).</summary>
    public string Group => EventFolder.Length == Name.Length ? "" : EventFolder[..(EventFolder.Length - Name.Length - 1)];

    /// <summary>MAJOR of the MAJOR-MINOR version.</summary>
    public int Major { get; }

    /// <summary>MINOR of the MAJOR-MINOR version.</summary>
    public int Minor { get; }

    /// <summary>The version as written in file names and <c>self.version</c>, e.g. <c>1-0</c>.</summary>
    public string Version => string.Create(CultureInfo.InvariantCulture, $"{Major}-{Minor}");

    /// <summary>Parses an id; backslashes count as separators and a leading <c>schemas/</c> is not allowed.</summary>
    /// <exception cref="ReflektException">The text is not <c>&lt;folders&gt;/&lt;Event&gt;/&lt;MAJOR&gt;-&lt;MINOR&gt;.json</c>.</exception>
    public static SchemaId Parse(string text) =>
        TryParse(text, out var id)
            ? id
            : throw new ReflektException($"'{text}' is not a schema id: expected <folder>/<Event_Name>/<MAJOR>-<MINOR>.json, e.g. ecommerce/Order_Completed/1-0.json");

    /// <summary>Parses an id without throwing.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SchemaId? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var path = text.Replace('\\', '/');
        var match = IdPattern().Match(path);
        if (!match.Success
            || !int.TryParse(match.Groups["major"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(match.Groups["minor"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        var folder = match.Groups["folder"].Value;
        var name = folder[(folder.LastIndexOf('/') + 1)..];
        id = new SchemaId(path, folder, name, major, minor);
        return true;
    }

    /// <summary>Orders by event folder, then by version number (so 1-10 sorts after 1-9).</summary>
    public int CompareTo(SchemaId? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byFolder = string.CompareOrdinal(EventFolder, other.EventFolder);
        if (byFolder != 0)
        {
            return byFolder;
        }

        return Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
    }

    public override string ToString() => Path;

    // Folders are non-empty, never "." or "..", never hidden; the file is MAJOR-MINOR.json without leading zeros.
    [GeneratedRegex(@"^(?<folder>(?:[^/.][^/]*/)*[^/.][^/]*)/(?<major>[1-9][0-9]{0,8})-(?<minor>0|[1-9][0-9]{0,8})\.json$")]
    private static partial Regex IdPattern();
}
