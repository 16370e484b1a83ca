using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Reflekt.Cli.Rendering;
using Reflekt.Warehouses;

namespace Reflekt.Cli.Commands.Init;

/// <summary>A warehouse's init questions answered by <c>reflekt init</c>'s flags, or else by the prompter.</summary>
internal sealed class InitSourceAnswers(ParseResult parseResult, IPrompter prompter, string workingDirectory) : ISourceAnswers
{
    public bool Given(string flag) => parseResult.GetResult(flag) is OptionResult { Implicit: false };

    public string Text(string flag, string question, string defaultValue) =>
        parseResult.GetValue<string?>(flag) ?? prompter.Ask(question, defaultValue);

    public string Secret(string flag, string question, string defaultValue) =>
        parseResult.GetValue<string?>(flag) ?? prompter.AskSecret(question, defaultValue);

    public int Port(string flag, string question, int defaultValue) =>
        parseResult.GetValue<int?>(flag) ?? int.Parse(
            prompter.Ask(question, defaultValue.ToString(CultureInfo.InvariantCulture), answer => PortNumber.Problem(answer)),
            CultureInfo.InvariantCulture);

    public string File(string flag, string question)
    {
        var path = parseResult.GetValue<string?>(flag) ?? prompter.Ask(question, "");
        return path.Length == 0 ? "" : Path.GetFullPath(path, workingDirectory);
    }
}
