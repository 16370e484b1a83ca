using System.CommandLine;

namespace Reflekt.Cli.Commands;

/// <summary><c>--port</c> and <c>--host</c>, declared alike by <c>serve</c> and <c>docs serve</c>; each call makes a new option.</summary>
internal static class ListenOptions
{
    public static Option<int> Port()
    {
        var port = new Option<int>("--port")
        {
            Description = "Port to listen on (0 picks a free one).",
            HelpName = "PORT",
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port: expected 0-65535");
            }
        });
        return port;
    }

    public static Option<string> Host() => new("--host")
    {
        Description = "Address to listen on.",
        HelpName = "HOST",
        DefaultValueFactory = _ => "127.0.0.1",
    };
}
