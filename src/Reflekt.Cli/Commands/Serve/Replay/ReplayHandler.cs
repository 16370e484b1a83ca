using System.CommandLine;
using Reflekt.Server;
using Reflekt.Server.Forwarding;

namespace Reflekt.Cli.Commands.Serve.Replay;

/// <summary>Flags over environment → replay → one line per refused letter and a summary; exit 1 when any is still refused.</summary>
internal sealed class ReplayHandler(ParseResult parseResult, CliContext context)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var environment = ServerEnvironment.Read(context.Host.Environment.GetVariable);
        var settings = environment with
        {
            ValidWriteKey = parseResult.GetValue(ReplayCommand.ValidWriteKey) ?? environment.ValidWriteKey,
            InvalidWriteKey = parseResult.GetValue(ReplayCommand.InvalidWriteKey) ?? environment.InvalidWriteKey,
            SegmentApiHost = parseResult.GetValue(ReplayCommand.SegmentApiHost) ?? environment.SegmentApiHost,
            SpoolDirectory = Path.GetFullPath(parseResult.GetValue(ReplayCommand.SpoolDir) ?? environment.SpoolDirectory, context.Host.WorkingDirectory),
        };
        if (string.IsNullOrEmpty(settings.ValidWriteKey) || string.IsNullOrEmpty(settings.InvalidWriteKey))
        {
            throw new ReflektException($"replay needs both write keys: --valid-write-key / ${ServerEnvironment.ValidWriteKey} and --invalid-write-key / ${ServerEnvironment.InvalidWriteKey}.");
        }
        var result = await DeadLetterReplay.ReplayAsync(settings, cancellationToken: cancellationToken);
        foreach (var refused in result.Refused)
        {
            await context.Host.Out.WriteLineAsync($"still refused: {refused}");
        }
        await context.Host.Out.WriteLineAsync($"replayed {result.Batches} dead-lettered batch(es), {result.Events} event(s); {result.Refused.Count} still refused.");
        return result.Refused.Count == 0 ? 0 : 1;
    }
}
