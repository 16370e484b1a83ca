using Spectre.Console;

namespace Reflekt.Cli.Rendering;

/// <summary>Asks on the console and reads one line per answer; an empty line takes the default; Ctrl+C cancels at once.</summary>
internal sealed class LinePrompter(IAnsiConsole console, TextReader input, bool canHideInput, CancellationToken cancellationToken) : IPrompter
{
    public string Ask(string question, string defaultValue)
    {
        console.Markup($"{Markup.Escape(question)} [grey][[{Markup.Escape(defaultValue)}]][/]: ");
        return Read() is { Length: > 0 } answer ? answer : defaultValue;
    }

    public string Ask(string question, string defaultValue, Func<string, string?> problem)
    {
        while (true)
        {
            var answer = Ask(question, defaultValue);
            if (problem(answer) is not { } reason)
            {
                return answer;
            }

            // Asked again: a typo must not throw away the answers given so far.
            console.MarkupLine($"[red]{Markup.Escape(reason)}[/]");
        }
    }

    public string AskSecret(string question, string defaultValue)
    {
        console.Markup($"{Markup.Escape(question)} [grey][[{(defaultValue.Length == 0 ? "none" : Markup.Escape(defaultValue))}]][/]: ");
        var answer = canHideInput ? ReadHidden() : Read();
        return answer is { Length: > 0 } ? answer : defaultValue;
    }

    public string Choose(string question, IReadOnlyList<string> choices, string defaultValue)
    {
        while (true)
        {
            var answer = Ask($"{question} ({string.Join(", ", choices)})", defaultValue).Trim().ToLowerInvariant();
            if (choices.Contains(answer))
            {
                return answer;
            }

            console.MarkupLine($"[red]'{Markup.Escape(answer)}' is not one of: {Markup.Escape(string.Join(", ", choices))}[/]");
        }
    }

    private readonly InterruptibleReader _input = input as InterruptibleReader ?? new InterruptibleReader(input);

    private string? Read() =>
        _input.ReadLine(cancellationToken)?.Trim() ?? throw new ReflektException("init: input ended before every question was answered (use --no-input and flags in scripts)");

    private string ReadHidden()
    {
        var buffer = new System.Text.StringBuilder();
        while (true)
        {
            var key = InterruptibleReader.ReadKey(cancellationToken);
            if (key.Key == ConsoleKey.Enter)
            {
                console.WriteLine();
                return buffer.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (buffer.Length > 0)
                {
                    buffer.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                buffer.Append(key.KeyChar);
            }
        }
    }
}
