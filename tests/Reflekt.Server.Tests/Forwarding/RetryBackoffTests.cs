using Reflekt.Server.Forwarding;

namespace Reflekt.Server.Tests.Forwarding;

public sealed class RetryBackoffTests
{
    [Fact]
    public void Delays_double_from_the_initial_one_up_to_the_maximum_with_at_most_a_quarter_of_jitter()
    {
        var backoff = new RetryBackoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(300));
        double[] expected = [500, 1000, 2000, 4000, 4000, 4000];

        foreach (var baseMs in expected)
        {
            var delay = backoff.NextDelay(null).TotalMilliseconds;
            Assert.InRange(delay, baseMs, baseMs * 1.25);
        }
    }

    [Fact]
    public void Retry_after_is_honoured_and_capped()
    {
        var backoff = new RetryBackoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(300));

        Assert.Equal(TimeSpan.FromSeconds(7), backoff.NextDelay(TimeSpan.FromSeconds(7)));
        Assert.Equal(TimeSpan.FromSeconds(300), backoff.NextDelay(TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Reset_starts_again_from_the_initial_delay()
    {
        var backoff = new RetryBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(300));
        backoff.NextDelay(null);
        backoff.NextDelay(null);

        backoff.Reset();

        Assert.InRange(backoff.NextDelay(null).TotalMilliseconds, 100, 125);
    }
}
