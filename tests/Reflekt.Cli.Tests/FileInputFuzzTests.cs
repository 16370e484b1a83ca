using System.Text;
using Reflekt.Cli.Tests.Commands.Lint;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests;

/// <summary>
/// Issue 16: the CLI's file inputs (project YAML, profiles YAML, schema JSON) mangled the ways files get mangled —
/// byte flips, truncation, invalid UTF-8, a BOM, CRLF, 10 MB, 10,000-deep nesting — each run through the real
/// command in process. Every case must end as success, findings or bad input (0, 1, 2) with at most one line on
/// stderr: never an internal error (70), never a stack trace. Fixed seed, so a failure names a reproducible case.
/// </summary>
public sealed class FileInputFuzzTests
{
    private const int Seed = 16;
    private const int CasesPerInput = 700;

    // A hang guard, not a speed target: a case still running after this is a hang (a parser looping on its input).
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private sealed record Input(string Name, string RelativePath, string Content, string[] Command);

    private static readonly Input[] Inputs =
    [
        new("project YAML", "reflekt_project.yml", Files.Project, ["lint"]),
        new("profiles YAML", "reflekt_profiles.yml", Files.Profiles.Replace("  source:\n    - id: local\n      type: sqlite\n      path: ./warehouse.sqlite\n", "  source: []\n", StringComparison.Ordinal), ["debug"]),
        new("schema JSON", LintProject.CleanPath, LintProject.Clean, ["lint"]),
    ];

    [Fact]
    public async Task Mangled_file_inputs_exit_0_1_or_2_with_at_most_one_line_on_stderr()
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        var cases = 0;
        foreach (var input in Inputs)
        {
            var original = Encoding.UTF8.GetBytes(input.Content);
            for (var i = 0; i < CasesPerInput; i++)
            {
                var (mutation, bytes) = Mutate(original, i, input, random);
                var failure = await RunCaseAsync(input, bytes);
                cases++;
                if (failure is not null)
                {
                    failures.Add($"{input.Name} case {i} ({mutation}): {failure}");
                }
            }
        }

        Assert.True(cases >= 2000, $"only {cases} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed (seed {Seed}):\n" + string.Join("\n", failures.Take(15)));
    }

    private static async Task<string?> RunCaseAsync(Input input, byte[] content)
    {
        using var dir = new TempDirectory();
        foreach (var other in Inputs.Where(o => o != input))
        {
            dir.Write(other.RelativePath, other.Content);
        }

        var path = System.IO.Path.Combine(dir.Path, input.RelativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync(dir.Path, input.Command).WaitAsync(HangGuard, TestContext.Current.CancellationToken);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (result.ExitCode is not (0 or 1 or 2))
        {
            return $"exit {result.ExitCode}: {Shorten(result.Error)}";
        }

        return lines.Length > 1 ? $"{lines.Length} lines on stderr: {Shorten(result.Error)}" : null;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    // The first cases of each input are the fixed large ones; the rest cycle through the random mutations.
    private static (string Mutation, byte[] Bytes) Mutate(byte[] original, int index, Input input, Random random)
    {
        switch (index)
        {
            case 0:
                return ("10 MB", Large(original, input));
            case 1:
                return ("10,000-deep nesting", Encoding.UTF8.GetBytes(Deep(input, 10_000)));
            case 2:
                return ("BOM", [0xEF, 0xBB, 0xBF, .. original]);
            case 3:
                return ("CRLF", Encoding.UTF8.GetBytes(input.Content.Replace("\n", "\r\n", StringComparison.Ordinal)));
            case 4:
                return ("empty", []);
        }

        var bytes = (byte[])original.Clone();
        switch (index % 6)
        {
            case 0:
                var flips = random.Next(1, 5);
                for (var f = 0; f < flips; f++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return ($"{flips} bit flip(s)", bytes);
            case 1:
                var length = random.Next(bytes.Length);
                return ($"truncated at {length}", bytes[..length]);
            case 2:
                var at = random.Next(bytes.Length);
                byte[] invalid = random.Next(3) switch { 0 => [0xE9], 1 => [0xFF, 0xFE], _ => [0xC3] };
                return ($"invalid UTF-8 at {at}", [.. bytes[..at], .. invalid, .. bytes[at..]]);
            case 3:
                var position = random.Next(bytes.Length);
                bytes[position] = (byte)random.Next(256);
                return ($"random byte at {position}", bytes);
            case 4:
                var start = random.Next(bytes.Length);
                var end = Math.Min(bytes.Length, start + random.Next(1, 40));
                return ($"deleted {start}..{end}", [.. bytes[..start], .. bytes[end..]]);
            default:
                var crlf = Encoding.UTF8.GetBytes(input.Content.Replace("\n", "\r\n", StringComparison.Ordinal));
                crlf[random.Next(crlf.Length)] ^= (byte)(1 << random.Next(8));
                return ("BOM, CRLF and a bit flip", [0xEF, 0xBB, 0xBF, .. crlf]);
        }
    }

    // The valid content grown to 10 MB: a long comment for YAML, a long description for JSON.
    private static byte[] Large(byte[] original, Input input)
    {
        const int size = 10 * 1024 * 1024;
        if (input.RelativePath.EndsWith(".json", StringComparison.Ordinal))
        {
            var text = input.Content.Replace("\"An order was completed.\"", "\"" + new string('x', size) + "\"", StringComparison.Ordinal);
            return Encoding.UTF8.GetBytes(text);
        }

        return [.. original, .. Encoding.UTF8.GetBytes("# " + new string('x', size) + "\n")];
    }

    private static string Deep(Input input, int depth) => input.RelativePath.EndsWith(".json", StringComparison.Ordinal)
        ? new string('[', depth) + new string(']', depth)
        : "a: " + new string('[', depth) + new string(']', depth) + "\n";
}
