namespace Reflekt.Cli;

/// <summary>
/// Standard input, touched only when a command reads it: on Unix the first use of <see cref="Console.In"/> sets the
/// terminal up and writes escape codes (keypad mode) to it, which --no-color and NO_COLOR promise not to.
/// </summary>
internal sealed class LazyConsoleInput : TextReader
{
    public override int Peek() => Console.In.Peek();

    public override int Read() => Console.In.Read();

    public override int Read(char[] buffer, int index, int count) => Console.In.Read(buffer, index, count);

    public override string? ReadLine() => Console.In.ReadLine();

    public override Task<string?> ReadLineAsync() => Console.In.ReadLineAsync();

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => Console.In.ReadLineAsync(cancellationToken);

    public override string ReadToEnd() => Console.In.ReadToEnd();

    public override Task<string> ReadToEndAsync() => Console.In.ReadToEndAsync();

    public override Task<string> ReadToEndAsync(CancellationToken cancellationToken) => Console.In.ReadToEndAsync(cancellationToken);
}
