using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reflekt.Testing.StandIns;

/// <summary>
/// A Kestrel server on 127.0.0.1 and a free port that records every request and can answer with injected
/// faults first; subclasses map the service's real endpoints.
/// </summary>
public abstract class StandInServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<InjectedFault> _faults = new();
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public void ClearRequests() => _requests.Clear();

    /// <summary>The next requests (after authentication) get these answers, one each, in order.</summary>
    public void Fail(params InjectedFault[] faults)
    {
        foreach (var f in faults)
        {
            _faults.Enqueue(f);
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddRouting();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
            var body = await reader.ReadToEndAsync();
            context.Request.Body.Position = 0;
            _requests.Enqueue(new RecordedRequest(
                context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "",
                context.Request.Headers.Authorization.FirstOrDefault(), body));

            var denial = Authenticate(context.Request);
            if (denial is not null)
            {
                await Answer(context, denial);
                return;
            }

            if (_faults.TryDequeue(out var fault))
            {
                await Answer(context, fault);
                return;
            }

            await next(context);
        });
        Map(app);
        await app.StartAsync();
        _app = app;
        var address = app.Urls.First();
        BaseUrl = new Uri(address);
    }

    /// <summary>Null when the request carries valid credentials, else the service's 401 answer.</summary>
    protected abstract InjectedFault? Authenticate(HttpRequest request);

    protected abstract void Map(WebApplication app);

    private static async Task Answer(HttpContext context, InjectedFault fault)
    {
        context.Response.StatusCode = fault.Status;
        foreach (var (k, v) in fault.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[k] = v;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(fault.Body);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
