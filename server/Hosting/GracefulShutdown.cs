namespace OutlineAddin.Hosting;

public static class GracefulShutdown
{
    /// <summary>
    /// On SIGTERM (or Ctrl+C) the server stops accepting connections at once and lets the requests in flight finish,
    /// for at most <see cref="DrainTimeout"/>; what is still running then is cut off.
    /// </summary>
    /// <remarks>
    /// 25 s: the slowest request a client makes is a template save or a render of a big document, a few seconds at most,
    /// so this leaves them ample time, and it stays under the 30 s an orchestrator commonly allows between SIGTERM and
    /// SIGKILL (Kubernetes' default grace period, <c>docker stop</c>'s is 10 s: give it <c>--time 30</c>), so the server
    /// ends its own shutdown instead of being killed in the middle of it. systemd waits 90 s by default.
    /// </remarks>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(25);

    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = DrainTimeout);
        return builder;
    }
}
