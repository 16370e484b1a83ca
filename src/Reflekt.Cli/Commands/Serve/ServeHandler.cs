using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Server;
using Reflekt.Server.Hosting;
using Reflekt.Server.Reflection;
using Reflekt.Server.Validation;
using Reflekt.Validation;
using Reflekt.Warehouses;

namespace Reflekt.Cli.Commands.Serve;

/// <summary>Flags over environment (the seed's variable names) → server settings → run until Ctrl+C / SIGTERM.</summary>
internal sealed class ServeHandler(ParseResult parseResult, CliContext context)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var environment = ServerEnvironment.Read(context.Host.Environment.GetVariable);
        using var mirror = await PullMirrorAsync(environment, cancellationToken);
        var settings = environment with
        {
            Host = parseResult.GetValue(ServeCommand.Host)!,
            Port = parseResult.GetValue(ServeCommand.Port),
            WriteKey = parseResult.GetValue(ServeCommand.WriteKey) ?? environment.WriteKey,
            ValidWriteKey = parseResult.GetValue(ServeCommand.ValidWriteKey) ?? environment.ValidWriteKey,
            InvalidWriteKey = parseResult.GetValue(ServeCommand.InvalidWriteKey) ?? environment.InvalidWriteKey,
            SegmentApiHost = parseResult.GetValue(ServeCommand.SegmentApiHost) ?? environment.SegmentApiHost,
            AdminToken = parseResult.GetValue(ServeCommand.AdminToken) ?? environment.AdminToken,
            SpoolDirectory = Path.GetFullPath(parseResult.GetValue(ServeCommand.SpoolDir) ?? environment.SpoolDirectory, context.Host.WorkingDirectory),
            SchemasDirectory = mirror?.LocalDirectory ?? SchemasDirectory(),
            SchemaMirror = mirror,
            SchemaMirrorRefresh = TimeSpan.FromSeconds(parseResult.GetValue(ServeCommand.S3Refresh)),
            MissingSchemaPolicy = ReflektServerSettings.ParsePolicy(parseResult.GetValue(ServeCommand.MissingSchema)!),
            Formats = FormatPolicies.Parse(parseResult.GetValue(ServeCommand.Formats)!),
            SpoolMaxBytes = parseResult.GetValue(ServeCommand.SpoolMaxBytes),
            UnhealthyAfter = TimeSpan.FromSeconds(parseResult.GetValue(ServeCommand.UnhealthyAfter)),
            CorsOrigins = Server.Endpoints.CorsOrigins.Parse(parseResult.GetValue(ServeCommand.CorsOrigins)!),
            ReflectionSource = ReflectionSource(),
            ViolationMaskProperties = parseResult.GetValue(ServeCommand.ViolationsMaskProperties) ?? environment.ViolationMaskProperties,
            Configuration = ServeLogging.Configuration(environment.Configuration, color: context.Host.SupportsColor && !parseResult.GetValue(CommonOptions.NoColor), verbose: parseResult.GetValue(CommonOptions.Verbose)),
        };
        Require(settings.WriteKey, "--write-key", ServerEnvironment.WriteKey);
        Require(settings.ValidWriteKey, "--valid-write-key", ServerEnvironment.ValidWriteKey);
        Require(settings.InvalidWriteKey, "--invalid-write-key", ServerEnvironment.InvalidWriteKey);
        if (!Uri.TryCreate(settings.SegmentApiHost, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            throw new ReflektException($"SEGMENT_API_HOST / --segment-api-host \"{settings.SegmentApiHost}\" is not an http(s) URL.");
        }

        await using var app = ReflektServer.Build(settings);
        await ListenAddress.StartAsync(app.StartAsync, settings.Host, settings.Port, cancellationToken);
        // One line on stdout with the real address, so scripts and tests can use --port 0.
        await context.Host.Out.WriteLineAsync($"reflekt serve: listening on {app.BoundAddress()} (schemas: {settings.SchemasDirectory}, spool: {settings.SpoolDirectory})");
        await context.Host.Out.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C / SIGTERM: stop gracefully; the spool keeps whatever is not forwarded yet.
        }
        await app.StopAsync(CancellationToken.None);
        return ReflektCli.Success;
    }

    /// <summary>With --s3: the mirror, pulled into the spool directory before the server starts (a failure is exit 2); else null.</summary>
    private async Task<S3SchemaMirror?> PullMirrorAsync(ReflektServerSettings environment, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(ServeCommand.S3) is not { } s3)
        {
            return null;
        }
        if (parseResult.GetValue(ServeCommand.Schemas) is not null)
        {
            throw new ReflektException("reflekt serve takes one schema source: --schemas DIR or --s3 URL, not both.");
        }
        var spool = Path.GetFullPath(parseResult.GetValue(ServeCommand.SpoolDir) ?? environment.SpoolDirectory, context.Host.WorkingDirectory);
        var mirror = new S3SchemaMirror(ServerEnvironment.S3(s3, context.Host.Environment.GetVariable), Path.Combine(spool, "s3-schemas"));
        try
        {
            var count = await mirror.PullAsync(cancellationToken);
            await context.Host.Out.WriteLineAsync($"reflekt serve: pulled {count} schemas from {s3}");
            return mirror;
        }
        catch
        {
            mirror.Dispose();
            throw;
        }
    }

    private string SchemasDirectory()
    {
        if (parseResult.GetValue(ServeCommand.Schemas) is { } schemas)
        {
            var directory = Path.GetFullPath(schemas, context.Host.WorkingDirectory);
            return Directory.Exists(directory) ? directory : throw new ReflektException($"--schemas {directory}: no such directory.");
        }
        if (context.ExplicitProjectDirectory(parseResult) is null && ReflektProject.FindDirectory(context.Host.WorkingDirectory) is null)
        {
            throw new ReflektException("reflekt serve needs schemas: pass --schemas DIR, or --project-dir DIR of a Reflekt project.");
        }
        var project = context.LoadProject(parseResult);
        return Directory.Exists(project.SchemasDirectory)
            ? project.SchemasDirectory
            : throw new ReflektException($"{project.SchemasDirectory}: the project has no schemas directory.");
    }

    // Resolved like `reflekt reflect --source`: the address names a source of the project's profile, whatever its type.
    private ReflectionSource? ReflectionSource()
    {
        var variables = context.Host.Environment;
        if (ReflectionEnvironment.RemovedVariables.FirstOrDefault(v => variables.GetVariable(v) is { Length: > 0 }) is { } removed)
        {
            throw new ReflektException($"{removed} is no longer read: reflection goes through the profile. Pass --reflect-source ID.DB.SCHEMA (or set {ReflectionEnvironment.SourceVariable}) naming a source of the project's profile.");
        }

        var text = parseResult.GetValue(ServeCommand.ReflectSource) ?? variables.GetVariable(ReflectionEnvironment.SourceVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var address = SourceAddress.Parse(text.Trim(), "--reflect-source");
        var project = context.LoadProject(parseResult);
        var profile = context.LoadProfile(project, parseResult, variables);
        return new ReflectionSource(address, profile.SourceFor(address, "--reflect-source"));
    }

    private static void Require(string? value, string flag, string variable)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ReflektException($"reflekt serve needs {variable} (or {flag}).");
        }
    }
}
