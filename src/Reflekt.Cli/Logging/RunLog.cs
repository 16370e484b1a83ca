using System.Globalization;
using System.Text.RegularExpressions;

namespace Reflekt.Cli.Logging;

/// <summary>
/// Appends a run's story to <c>&lt;project&gt;/.logs/reflekt.log</c>, rotating the previous runs to
/// <c>reflekt.1.log</c> … <c>reflekt.9.log</c> (the last 10 are kept). Logging never fails a command,
/// and option values that look like secrets are masked.
/// </summary>
internal sealed partial class RunLog(IReadOnlyList<string> args) : IDisposable
{
    /// <summary>How many log files are kept, the current one included.</summary>
    public const int Kept = 10;

    private readonly List<string> _pending = [];

    // Reflection traces its queries from parallel tasks: lines must not interleave or corrupt the writer.
    private readonly Lock _gate = new();
    private StreamWriter? _writer;

    /// <summary>Where debug lines are also written as they happen (stderr under <c>-v</c>); null keeps them in the file only.</summary>
    public TextWriter? DebugEcho { get; set; }

    /// <summary>True under <c>-v</c>: debug lines are shown as they happen.</summary>
    public bool IsVerbose => DebugEcho is not null;

    /// <summary>The log file, once open.</summary>
    public string? FilePath { get; private set; }

    /// <summary>Opens (and rotates) the log in a project directory; later calls are ignored.</summary>
    public void Open(string projectDirectory)
    {
        if (_writer is not null)
        {
            return;
        }

        try
        {
            var directory = Path.Combine(projectDirectory, ".logs");
            Directory.CreateDirectory(directory);
            Rotate(directory);
            FilePath = Path.Combine(directory, "reflekt.log");
            _writer = new StreamWriter(FilePath, append: false) { AutoFlush = true };
            Write("INFO", $"reflekt {CliVersion.Current} {string.Join(' ', MaskSecrets(args))}");
            foreach (var line in _pending)
            {
                _writer.WriteLine(line);
            }

            _pending.Clear();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _writer = null;
        }
    }

    public void Info(string message) => Write("INFO", message);

    public void Debug(string message)
    {
        Write("DEBUG", message);
        lock (_gate)
        {
            try
            {
                DebugEcho?.WriteLine($"debug: {message}");
            }
            catch (IOException)
            {
                // A closed stderr must not fail the command it was describing.
            }
        }
    }

    public void Error(string message) => Write("ERROR", message);

    public void Dispose() => _writer?.Dispose();

    /// <summary>Replaces the value after options such as --api-key, --password or --token with ****.</summary>
    public static IReadOnlyList<string> MaskSecrets(IReadOnlyList<string> arguments)
    {
        var masked = new List<string>(arguments.Count);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && SecretOption().IsMatch(argument[..equals]))
            {
                masked.Add(argument[..(equals + 1)] + "****");
            }
            else if (SecretOption().IsMatch(argument) && i + 1 < arguments.Count)
            {
                masked.Add(argument);
                masked.Add("****");
                i++;
            }
            else
            {
                masked.Add(argument);
            }
        }

        return masked;
    }

    private void Write(string level, string message)
    {
        var line = $"{DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)} | {level,-5} | {message}";
        lock (_gate)
        {
            WriteLocked(line);
        }
    }

    private void WriteLocked(string line)
    {
        try
        {
            if (_writer is null)
            {
                _pending.Add(line);
            }
            else
            {
                _writer.WriteLine(line);
            }
        }
        catch (IOException)
        {
            // A full disk must not turn a successful command into a failure.
        }
    }

    private static void Rotate(string directory)
    {
        string Numbered(int n) => Path.Combine(directory, n == 0 ? "reflekt.log" : $"reflekt.{n}.log");

        try
        {
            File.Delete(Numbered(Kept - 1));
            for (var n = Kept - 2; n >= 0; n--)
            {
                if (File.Exists(Numbered(n)))
                {
                    File.Move(Numbered(n), Numbered(n + 1), overwrite: true);
                }
            }
        }
        catch (IOException)
        {
            // Another run rotating at the same moment: keep going with whatever is there.
        }
    }

    [GeneratedRegex("^--?[A-Za-z-]*(key|token|password|secret)[A-Za-z-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretOption();
}
