using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Options;
using OutlineAddin.Identity;

namespace OutlineAddin.Http;

/// <summary>
/// The outline endpoints are anonymous and CPU-bound. Two limits, taken at different times:
/// <list type="bullet">
/// <item>Per client (a signed-in user, else an address, <see cref="ClientAddress"/>): a rate-limiter policy in
/// middleware, before the body is read, so one client has only a few bodies in flight (429 past its queue). Its
/// bodies must also arrive at <see cref="OutlineConcurrencyOptions.MinBodyBytesPerSecond"/>, or Kestrel cuts them off.</item>
/// <item>For all clients together, the CPU: <see cref="OutlineWorkSlots"/>, an endpoint filter that takes a slot only
/// once the body is read and bound, for the work itself (503 past the shared queue). A client trickling its body in
/// holds its own slot, never a shared one, so slow uploads cannot keep others' requests from running.</item>
/// </list>
/// The failed sign-in limit (SignInThrottle) is a middleware ahead of authentication and runs first.
/// </summary>
/// <remarks>
/// Both limits are per instance, by design: each instance guards its own CPU, which is what they are for. With N
/// instances behind a balancer a client may have up to N times its per-client allowance in flight (one allowance on
/// each instance its requests reach), and all clients together up to N times the shared slots: N times the CPU. Nothing
/// they count has to agree between instances, so they are not shared through the database.
/// </remarks>
public static class OutlineRateLimits
{
    public const string Policy = "outline-client";

    public static IServiceCollection AddOutlineRateLimits(this IServiceCollection services)
    {
        services.AddOptions<OutlineConcurrencyOptions>().BindConfiguration(OutlineConcurrencyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options => options.AddPolicy<string, PerClientPolicy>(Policy));
        services.AddSingleton<OutlineWorkSlots>();
        return services;
    }

    /// <summary>The per-client limit (in middleware, before the body), the body's minimum data rate, and the shared CPU slots (after it).</summary>
    public static RouteGroupBuilder WithOutlineLimits(this RouteGroupBuilder group) =>
        group.WithClientBodyLimits()
            // The one instance all endpoints share (AddEndpointFilter<T> would make one per endpoint).
            .AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<OutlineWorkSlots>().InvokeAsync(context, next));

    /// <summary>
    /// The per-client limit and the minimum body data rate alone, for an endpoint taking big bodies (a 4 MB template save):
    /// one client's bodies in flight, and so the memory they take to read, stay bounded.
    /// </summary>
    public static TBuilder WithClientBodyLimits<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(Policy).WithMetadata(MinBodyDataRate.Instance);

    /// <summary>
    /// Raises Kestrel's minimum body data rate (240 B/s by default, at which a 4 MB body takes hours) for the endpoints
    /// that ask for it. Runs after routing, before anything reads the body. HTTP/2 and HTTP/3 streams have no
    /// per-request rate (their connection's flow control bounds them), so there it is left as it is.
    /// </summary>
    public static WebApplication UseOutlineBodyDataRate(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<IOptions<OutlineConcurrencyOptions>>().Value;
        var rate = new MinDataRate(limits.MinBodyBytesPerSecond, TimeSpan.FromSeconds(limits.MinBodyRateGraceSeconds));
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<MinBodyDataRate>() is not null
                && HttpProtocol.IsHttp11(context.Request.Protocol)
                && context.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } feature)
            {
                feature.MinDataRate = rate;
            }
            return next(context);
        });
        return app;
    }

    private sealed class MinBodyDataRate
    {
        public static readonly MinBodyDataRate Instance = new();
    }

    /// <summary>One concurrency limiter per client, with a queue of its own.</summary>
    public sealed class PerClientPolicy(IOptions<OutlineConcurrencyOptions> options) : IRateLimiterPolicy<string>
    {
        private readonly OutlineConcurrencyOptions limits = options.Value;

        public RateLimitPartition<string> GetPartition(HttpContext httpContext)
        {
            var client = httpContext.User.UserId() is { } userId
                ? "user:" + userId
                : "ip:" + ClientAddress.Of(httpContext);
            return RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.ConcurrentOutlineRequestsPerClient,
                QueueLimit = limits.QueuedOutlineRequestsPerClient,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }

        public Func<OnRejectedContext, CancellationToken, ValueTask> OnRejected => async (rejected, _) => await ProblemResponses.WriteAsync(
            rejected.HttpContext,
            StatusCodes.Status429TooManyRequests,
            "请求过于频繁",
            $"你同时进行的大纲或模板请求过多（上限 {limits.ConcurrentOutlineRequestsPerClient} 个，另可排队 {limits.QueuedOutlineRequestsPerClient} 个），请等前面的完成后，{limits.RetryAfterSeconds} 秒后再试。",
            TimeSpan.FromSeconds(limits.RetryAfterSeconds));
    }
}

/// <summary>
/// The outline work's share of the CPU, for all clients together: an endpoint filter, so it runs once the body has been
/// read and bound, and holds its slot only while the handler works. Past the queue, 503 with Retry-After.
/// </summary>
public sealed class OutlineWorkSlots(IOptions<OutlineConcurrencyOptions> options) : IEndpointFilter, IDisposable
{
    private readonly OutlineConcurrencyOptions limits = options.Value;

    private readonly ConcurrencyLimiter shared = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.ConcurrentOutlineRequests,
        QueueLimit = options.Value.QueuedOutlineRequests,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Takes a slot as a request would (tests hold the slots with it).</summary>
    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken = default) => shared.AcquireAsync(1, cancellationToken);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        using var lease = await AcquireAsync(http.RequestAborted);
        if (!lease.IsAcquired)
        {
            await ProblemResponses.WriteAsync(
                http,
                StatusCodes.Status503ServiceUnavailable,
                "服务器繁忙",
                $"服务器正在处理的大纲请求已满，请 {limits.RetryAfterSeconds} 秒后重试。",
                TimeSpan.FromSeconds(limits.RetryAfterSeconds));
            return Results.Empty;
        }
        return await next(context);
    }

    public void Dispose() => shared.Dispose();
}
