using System.CommandLine;

namespace Reflekt.Cli.Commands.Serve.Replay;

/// <summary><c>reflekt serve replay</c>: re-send the batches Segment refused for good, kept in the spool's dead-letter folder.</summary>
internal static class ReplayCommand
{
    public static Option<string?> SpoolDir { get; } = new("--spool-dir")
    {
        Description = "The spool directory whose dead letters are replayed. Default: $REGISTRY_SPOOL_DIR, else .reflekt-spool.",
        HelpName = "DIR",
    };

    public static Option<string?> ValidWriteKey { get; } = new("--valid-write-key")
    {
        Description = "Write key for batches of valid events. Default: $SEGMENT_WRITE_KEY_VALID.",
        HelpName = "KEY",
    };

    public static Option<string?> InvalidWriteKey { get; } = new("--invalid-write-key")
    {
        Description = "Write key for batches of invalid events. Default: $SEGMENT_WRITE_KEY_INVALID.",
        HelpName = "KEY",
    };

    public static Option<string?> SegmentApiHost { get; } = new("--segment-api-host")
    {
        Description = "Base URL of Segment's Tracking API. Default: $SEGMENT_API_HOST, else https://api.segment.io.",
        HelpName = "URL",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("replay", "Re-send dead-lettered batches (refused by Segment for good) once their cause is fixed; each replayed letter moves to dead-letter/replayed/. Exit 1 if Segment still refuses some.")
        {
            SpoolDir, ValidWriteKey, InvalidWriteKey, SegmentApiHost,
        };
        command.SetAction((parseResult, cancellationToken) => new ReplayHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }
}
