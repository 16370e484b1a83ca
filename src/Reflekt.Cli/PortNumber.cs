using System.CommandLine;
using System.Globalization;

namespace Reflekt.Cli;

/// <summary>A TCP port given on the command line or at a prompt: one rule, one wording (<c>expected 1-65535</c>).</summary>
internal static class PortNumber
{
    /// <summary>Why <paramref name="text"/> is not a port, or null when it is one (0 only when <paramref name="allowZero"/>).</summary>
    public static string? Problem(string text, bool allowZero = false)
    {
        var lowest = allowZero ? 0 : 1;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port >= lowest && port <= 65535
            ? null
            : $"expected {lowest}-65535, got '{text}'";
    }

    /// <summary>An option holding a port, rejected at parse time with <c>--name: expected 1-65535, got '…'</c>.</summary>
    public static Option<int?> Option(string name, string description, bool allowZero = false) => new(name)
    {
        Description = description,
        HelpName = "PORT",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (Problem(text, allowZero) is { } problem)
            {
                result.AddError($"{name}: {problem}");
                return null;
            }

            return int.Parse(text, CultureInfo.InvariantCulture);
        },
    };
}
