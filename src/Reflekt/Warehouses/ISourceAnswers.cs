namespace Reflekt.Warehouses;

/// <summary>
/// How <c>reflekt init</c> answers the questions a warehouse asks about a new source: the flag a question names
/// answers it when given, otherwise the user is asked (the default shown). The CLI implements it; a provider only
/// asks (<see cref="WarehouseProvider.AskInitSettings"/>).
/// </summary>
public interface ISourceAnswers
{
    /// <summary>Whether <paramref name="flag"/> (e.g. <c>--password</c>) was given on the command line.</summary>
    bool Given(string flag);

    /// <summary>The flag's value, or the user's answer to <paramref name="question"/>.</summary>
    string Text(string flag, string question, string defaultValue);

    /// <summary>Like <see cref="Text"/>, without echoing the answer when the terminal allows it.</summary>
    string Secret(string flag, string question, string defaultValue);

    /// <summary>A TCP port (1-65535): the flag's value, or asked until the answer is one.</summary>
    int Port(string flag, string question, int defaultValue);

    /// <summary>A file's absolute path (resolved against the working directory), or "" when none is given.</summary>
    string File(string flag, string question);
}
