namespace Reflekt.Server.Tests.Support;

/// <summary>Bounded polling for things that happen in the background (forwarding): generous limits, no timing asserts.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting for: {what}");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>The same for a condition that must make a request to be checked.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting for: {what}");
            }
            await Task.Delay(200);
        }
    }
}
