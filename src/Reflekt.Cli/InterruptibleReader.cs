namespace Reflekt.Cli;

/// <summary>
/// Standard input that Ctrl+C can interrupt. A console read blocks its thread and ignores cancellation tokens, so a
/// prompt or `validate -` on a terminal would wait for Enter after Ctrl+C; here the read runs aside and the caller
/// stops waiting as soon as the token is cancelled (the abandoned read ends with the process).
/// </summary>
internal sealed class InterruptibleReader(TextReader inner) : TextReader
{
    public override string? ReadLine() => inner.ReadLine();

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        new(Task.Run(inner.ReadLine, CancellationToken.None).WaitAsync(cancellationToken));

    public override Task<string> ReadToEndAsync(CancellationToken cancellationToken) =>
        Task.Run(inner.ReadToEnd, CancellationToken.None).WaitAsync(cancellationToken);

    public override int Peek() => inner.Peek();

    public override int Read() => inner.Read();

    /// <summary>Reads a line for a synchronous caller (a prompt), throwing <see cref="OperationCanceledException"/> on Ctrl+C.</summary>
    public string? ReadLine(CancellationToken cancellationToken) =>
        ReadLineAsync(cancellationToken).AsTask().GetAwaiter().GetResult();

    /// <summary>Reads a key without echo for a synchronous caller, throwing <see cref="OperationCanceledException"/> on Ctrl+C.</summary>
    public static ConsoleKeyInfo ReadKey(CancellationToken cancellationToken) =>
        Task.Run(() => Console.ReadKey(intercept: true), CancellationToken.None).WaitAsync(cancellationToken).GetAwaiter().GetResult();
}
