using System.Net;
using System.Net.Sockets;

namespace Reflekt.Server.Tests.Support;

/// <summary>A free loopback TCP port (for stand-ins that must come back on the same port after a restart).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
