namespace Reflekt.Cli.Rendering;

/// <summary>For <c>--no-input</c>: every question takes its default.</summary>
internal sealed class DefaultsPrompter : IPrompter
{
    public string Ask(string question, string defaultValue) => defaultValue;

    public string Ask(string question, string defaultValue, Func<string, string?> problem) => defaultValue;

    public string AskSecret(string question, string defaultValue) => defaultValue;

    public string Choose(string question, IReadOnlyList<string> choices, string defaultValue) => defaultValue;
}
