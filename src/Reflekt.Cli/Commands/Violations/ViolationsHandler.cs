using System.CommandLine;
using System.Text.Json;
using Reflekt.Cli.Rendering;
using Reflekt.Http;
using Reflekt.Server;
using Reflekt.Violations;

namespace Reflekt.Cli.Commands.Violations;

/// <summary>Options → <see cref="ViolationsClient"/> → text table or JSON. Exit 0; an unreachable server or a refused token is exit 2.</summary>
internal sealed class ViolationsHandler(ParseResult parseResult, CliContext context)
{
    // A one-off question: one retry, so an unreachable server is reported within seconds.
    private static readonly ResilientHttpOptions Http = new() { MaxRetries = 1, AttemptTimeout = TimeSpan.FromSeconds(30) };

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var text = parseResult.GetValue(ViolationsCommand.Url)!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ReflektException($"--url \"{text}\" is not an http(s) URL.");
        }
        var token = parseResult.GetValue(ViolationsCommand.Token) ?? context.Host.Environment.GetVariable(ServerEnvironment.AdminToken);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ReflektException($"reflekt violations needs the server's admin token: --admin-token or {ServerEnvironment.AdminToken}.");
        }
        var since = ViolationSince.Parse(parseResult.GetValue(ViolationsCommand.Since)!, DateTimeOffset.UtcNow);
        var report = await ViolationsClient.GetAsync(url, token, since, Http, cancellationToken);
        if (parseResult.GetValue(ViolationsCommand.Format) == "json")
        {
            await context.Host.Out.WriteLineAsync(JsonSerializer.Serialize(report, ViolationsJson.Default.ViolationReport));
        }
        else
        {
            ViolationsTextView.Write(context.Host.Out, report);
        }
        return ReflektCli.Success;
    }
}
