using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Reflekt.Http;

/// <summary>
/// The Polly pipeline every remote call runs through: retry (outer) around a per-attempt timeout (inner).
/// Retries transient failures (<see cref="TransientFailure"/>) after the server's <c>Retry-After</c> (either form), a
/// service's body hint on 429, or else jittered exponential backoff; the caller's cancellation stops any attempt or wait.
/// </summary>
internal static class HttpResiliencePipeline
{
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromHours(24);

    public static ResiliencePipeline<RemoteResponse> Build(ResilientHttpOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<RemoteResponse> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<RemoteResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(ServerDelay(args.Outcome, options, time)),
            });
        }

        var timeout = options.AttemptTimeout < ShortestTimeout ? ShortestTimeout
            : options.AttemptTimeout > LongestTimeout ? LongestTimeout : options.AttemptTimeout;
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = timeout });
        return builder.Build();
    }

    private static bool ShouldRetry(Outcome<RemoteResponse> outcome, CancellationToken caller) =>
        outcome.Exception is { } e ? TransientFailure.IsTransient(e, caller)
        : outcome.Result is { IsSuccess: false } r && TransientFailure.IsTransient(r.Status);

    /// <summary>The wait the server asked for; null lets the backoff decide.</summary>
    private static TimeSpan? ServerDelay(Outcome<RemoteResponse> outcome, ResilientHttpOptions options, TimeProvider time)
    {
        if (outcome.Result is not { } response)
        {
            return null;
        }

        if (RetryAfter.Delay(response.RetryAfter, time.GetUtcNow(), options.MaxRetryAfter) is { } wait)
        {
            return wait;
        }

        return response.Status == System.Net.HttpStatusCode.TooManyRequests && options.RetryAfterFromBody?.Invoke(response.Body) is { } hint
            ? RetryAfter.Cap(hint, options.MaxRetryAfter)
            : null;
    }
}
