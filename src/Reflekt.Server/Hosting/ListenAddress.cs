using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Reflekt.Server.Hosting;

/// <summary>Where a server of ours listens (<c>--host</c>, <c>--port</c>), shared by <c>reflekt serve</c> and <c>reflekt docs serve</c>.</summary>
public static class ListenAddress
{
    /// <summary>Listens on <paramref name="host"/> when it is an IP address, else on localhost (IPv4 and IPv6).</summary>
    public static void Configure(KestrelServerOptions kestrel, string host, int port)
    {
        if (IPAddress.TryParse(host, out var address))
        {
            kestrel.Listen(address, port);
        }
        else
        {
            kestrel.ListenLocalhost(port);
        }
    }

    /// <summary>Starts a server; a taken port becomes one line naming it instead of Kestrel's wrapped exception.</summary>
    /// <exception cref="ReflektException">The address is in use.</exception>
    public static async Task StartAsync(Func<CancellationToken, Task> start, string host, int port, CancellationToken cancellationToken)
    {
        try
        {
            await start(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            throw new ReflektException($"--port {port}: address {host}:{port} is already in use (another server, or pass --port 0 for a free one).", e);
        }
    }
}
