using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OutlineAddin.Identity;

namespace OutlineAddin.Http;

/// <summary>
/// The outline endpoints are anonymous and CPU-bound: each client gets a few at a time (429 past its queue), and all
/// clients together a few per core (503 past the shared queue). The failed sign-in limit (SignInThrottle) is a
/// middleware ahead of authentication and runs first; this policy applies, after sign-in, on the endpoints that ask for it.
/// </summary>
public static class OutlineRateLimits
{
    public const string Policy = "outline-work";

    public static IServiceCollection AddOutlineRateLimits(this IServiceCollection services)
    {
        services.AddOptions<OutlineConcurrencyOptions>().BindConfiguration(OutlineConcurrencyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options => options.AddPolicy<string, OutlineWorkPolicy>(Policy));
        return services;
    }

    /// <summary>One chain per client: the client's own concurrency limiter, then the limiter all clients share.</summary>
    public sealed class OutlineWorkPolicy(IOptions<OutlineConcurrencyOptions> options) : IRateLimiterPolicy<string>, IDisposable
    {
        private readonly OutlineConcurrencyOptions limits = options.Value;

        private readonly ConcurrencyLimiter shared = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.ConcurrentOutlineRequests,
            QueueLimit = options.Value.QueuedOutlineRequests,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        {
            var client = httpContext.User.UserId() is { } userId
                ? "user:" + userId
                : "ip:" + ClientAddress.Of(httpContext);
            return RateLimitPartition.Get(client, _ => RateLimiter.CreateChained(
                new ConcurrencyLimiter(new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.ConcurrentOutlineRequestsPerClient,
                    QueueLimit = limits.QueuedOutlineRequestsPerClient,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }),
                shared));
        }

        public Func<OnRejectedContext, CancellationToken, ValueTask> OnRejected => (rejected, _) => WriteRefusalAsync(rejected.HttpContext);

        // The chain gives back the lease that failed, without saying whose: the shared limiter is full only when it refused.
        private async ValueTask WriteRefusalAsync(HttpContext context)
        {
            var serverBusy = shared.GetStatistics() is { CurrentAvailablePermits: 0 } statistics && statistics.CurrentQueuedCount >= limits.QueuedOutlineRequests;
            await ProblemResponses.WriteAsync(
                context,
                serverBusy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status429TooManyRequests,
                serverBusy ? "服务器繁忙" : "请求过于频繁",
                serverBusy
                    ? $"服务器正在处理的大纲请求已满，请 {limits.RetryAfterSeconds} 秒后重试。"
                    : $"你同时进行的大纲请求过多（上限 {limits.ConcurrentOutlineRequestsPerClient} 个，另可排队 {limits.QueuedOutlineRequestsPerClient} 个），请等前面的完成后，{limits.RetryAfterSeconds} 秒后再试。",
                TimeSpan.FromSeconds(limits.RetryAfterSeconds));
        }

        public void Dispose() => shared.Dispose();
    }
}
