using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Reflekt.Bench.ServerLoad;

/// <summary>Segment stand-in for the benchmark: accepts /v1/batch, remembers each distinct messageId per write key.</summary>
internal static class StandIn
{
    public static async Task RunAsync(int port)
    {
        var seen = new ConcurrentDictionary<string, byte>();
        long valid = 0, invalid = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapPost("/v1/batch", async (HttpContext context) =>
        {
            var key = context.Request.Headers.Authorization.ToString();
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            foreach (var message in document.RootElement.GetProperty("batch").EnumerateArray())
            {
                if (seen.TryAdd(message.GetProperty("messageId").GetString()!, 0))
                {
                    if (key.Contains(Convert.ToBase64String("invalid"u8.ToArray())[..6], StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref invalid);
                    }
                    else
                    {
                        Interlocked.Increment(ref valid);
                    }
                }
            }
            return Results.Json(new { success = true });
        });
        app.MapGet("/count", () => Results.Json(new { distinct = seen.Count, valid = Interlocked.Read(ref valid), invalid = Interlocked.Read(ref invalid) }));
        app.MapPost("/reset", () => { seen.Clear(); Interlocked.Exchange(ref valid, 0); Interlocked.Exchange(ref invalid, 0); return Results.Ok(); });
        await app.RunAsync();
    }
}
