namespace Reflekt;

/// <summary>An expected failure a user can act on: bad input, a missing file, a remote error.</summary>
/// <remarks>
/// The CLI prints only <see cref="Exception.Message"/> (a stack trace only with --verbose) and exits 2,
/// so the message must name the file and line, or the remote service and its status.
/// </remarks>
public class ReflektException : Exception
{
    public ReflektException(string message) : base(message) { }

    public ReflektException(string message, Exception? inner) : base(message, inner) { }

    /// <summary>True when retrying the same call may succeed (a timeout, a 5xx, a 429).</summary>
    public bool IsTransient { get; init; }
}
