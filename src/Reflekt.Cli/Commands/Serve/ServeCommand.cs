using System.CommandLine;

namespace Reflekt.Cli.Commands.Serve;

/// <summary><c>reflekt serve</c>: run the registry server that validates live Segment events and forwards them.</summary>
internal static class ServeCommand
{
    public static Option<int> Port { get; } = ListenOptions.Port();

    public static Option<string> Host { get; } = ListenOptions.Host();

    public static Option<string?> Schemas { get; } = new("--schemas")
    {
        Description = "Schemas directory to serve (instead of the project's schemas/).",
        HelpName = "DIR",
    };

    public static Option<string?> S3 { get; } = new("--s3")
    {
        Description = "Serve the schemas mirrored in S3 (s3://bucket[/prefix], prefix default schemas), pulled at start and refreshed while serving. Endpoint, region and credentials: AWS_ENDPOINT_URL_S3, AWS_REGION, AWS_ACCESS_KEY_ID…",
        HelpName = "URL",
    };

    public static Option<int> S3Refresh { get; } = CreateS3Refresh();

    public static Option<string?> WriteKey { get; } = new("--write-key")
    {
        Description = "Write key SDKs must send to this server. Default: $REGISTRY_WRITE_KEY.",
        HelpName = "KEY",
    };

    public static Option<string?> ValidWriteKey { get; } = new("--valid-write-key")
    {
        Description = "Segment write key for valid events. Default: $SEGMENT_WRITE_KEY_VALID.",
        HelpName = "KEY",
    };

    public static Option<string?> InvalidWriteKey { get; } = new("--invalid-write-key")
    {
        Description = "Segment write key for invalid events. Default: $SEGMENT_WRITE_KEY_INVALID.",
        HelpName = "KEY",
    };

    public static Option<string?> SegmentApiHost { get; } = new("--segment-api-host")
    {
        Description = "Base URL events are forwarded to. Default: $SEGMENT_API_HOST, else https://api.segment.io.",
        HelpName = "URL",
    };

    public static Option<string?> AdminToken { get; } = new("--admin-token")
    {
        Description = "Bearer token of the schema API. Default: $REGISTRY_ADMIN_TOKEN (no token: the schema API is closed).",
        HelpName = "TOKEN",
    };

    public static Option<string?> SpoolDir { get; } = new("--spool-dir")
    {
        Description = "Durable spool directory. Default: $REGISTRY_SPOOL_DIR, else .reflekt-spool.",
        HelpName = "DIR",
    };

    public static Option<long> SpoolMaxBytes { get; } = CreateSpoolMaxBytes();

    public static Option<int> UnhealthyAfter { get; } = CreateUnhealthyAfter();

    public static Option<string> MissingSchema { get; } = CreateMissingSchema();

    public static Option<string> Formats { get; } = FormatsOption.Create();

    public static Option<string> CorsOrigins { get; } = new("--cors-origins")
    {
        Description = "Origins whose pages may call the tracking endpoints from a browser (analytics.js): * or a comma-separated list such as https://shop.example. The schema API never answers CORS.",
        HelpName = "ORIGINS",
        DefaultValueFactory = _ => "*",
    };

    public static Option<string?> ReflectSource { get; } = new("--reflect-source")
    {
        Description = "Reflect this source of the project's profile (<source_id>.<database>.<schema>, as reflekt reflect --source) on a schedule. Default: $REFLECTION_SOURCE; none: no reflection loop.",
        HelpName = "ID.DB.SCHEMA",
    };

    public static Option<string?> ViolationsMaskProperties { get; } = new("--violations-mask-properties")
    {
        Description = "Property names (comma-separated, any depth, case ignored) whose values GET /v1/violations samples mask. Default: $REGISTRY_VIOLATIONS_MASK_PROPERTIES, else " + Server.Violations.ViolationOptions.DefaultMaskProperties + ".",
        HelpName = "NAMES",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("serve", "Run the registry server: Segment-compatible ingestion, validation against the schemas, durable forwarding to Segment.")
        {
            Port, Host, Schemas, S3, S3Refresh, WriteKey, ValidWriteKey, InvalidWriteKey, SegmentApiHost, AdminToken, SpoolDir, SpoolMaxBytes, UnhealthyAfter, MissingSchema, Formats, CorsOrigins, ReflectSource, ViolationsMaskProperties,
        };
        command.Subcommands.Add(Replay.ReplayCommand.Create(context));
        command.SetAction((parseResult, cancellationToken) => new ServeHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    // Options are static, shared by every command tree built in the process (tests build many, in parallel), so
    // they are configured once here, never in Create: adding a validator per build raced and grew without end.
    private static Option<string> CreateMissingSchema()
    {
        var option = new Option<string>("--missing-schema")
        {
            Description = "What to do with events that have no schema: forward-invalid, forward-valid or reject.",
            DefaultValueFactory = _ => "forward-invalid",
        };
        option.AcceptOnlyFromAmong("forward-invalid", "forward-valid", "reject");
        return option;
    }

    private static Option<int> CreateUnhealthyAfter()
    {
        var option = new Option<int>("--unhealthy-after")
        {
            Description = "Seconds forwarding to Segment may keep failing before GET /health answers 503 unhealthy (GET /health/live stays 200).",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 300,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--unhealthy-after must be at least 1 second.");
            }
        });
        return option;
    }

    private static Option<long> CreateSpoolMaxBytes()
    {
        var option = new Option<long>("--spool-max-bytes")
        {
            Description = "Most bytes the spool may hold on disk; beyond it requests get 503 with Retry-After until it drains. 0 (default): the disk is the bound.",
            HelpName = "BYTES",
            DefaultValueFactory = _ => 0,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() < 0)
            {
                result.AddError("--spool-max-bytes must be 0 or more bytes.");
            }
        });
        return option;
    }

    private static Option<int> CreateS3Refresh()
    {
        var option = new Option<int>("--s3-refresh")
        {
            Description = "With --s3: seconds between asking S3 what changed (only changed schemas are fetched); 0 pulls once at start.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 60,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--s3-refresh must be 0 or more seconds.");
            }
        });
        return option;
    }
}
