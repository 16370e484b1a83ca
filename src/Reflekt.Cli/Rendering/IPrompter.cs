namespace Reflekt.Cli.Rendering;

/// <summary>Asks the user a question; <c>init</c> uses it for every answer not given as a flag.</summary>
internal interface IPrompter
{
    string Ask(string question, string defaultValue);

    /// <summary>Asks until <paramref name="problem"/> finds nothing wrong with the answer, showing each reason.</summary>
    string Ask(string question, string defaultValue, Func<string, string?> problem);

    /// <summary>Asks without echoing the answer when the terminal allows it.</summary>
    string AskSecret(string question, string defaultValue);

    string Choose(string question, IReadOnlyList<string> choices, string defaultValue);
}
