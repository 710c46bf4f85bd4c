using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace OutlineAddin.Hosting;

/// <summary>
/// On SIGTERM (or Ctrl+C) the server stops accepting connections at once and lets the requests in flight finish,
/// for at most <see cref="DrainTimeout"/>; what is still running then is cut off.
/// </summary>
public static class GracefulShutdown
{
    /// <remarks>
    /// 25 s: the slowest request a client makes is a template save or a render of a big document, a few seconds at most,
    /// so this leaves them ample time, and it stays under the 30 s an orchestrator commonly allows between SIGTERM and
    /// SIGKILL (Kubernetes' default grace period; <c>docker stop</c> allows 10 s: give it <c>--time 30</c>), so the server
    /// ends its own shutdown instead of being killed in the middle of it. systemd waits 90 s by default.
    /// </remarks>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(25);

    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = DrainTimeout);
        return builder;
    }

    /// <summary>
    /// Request bodies are read through their stream, so that a body still arriving when the server stops is read to
    /// its end and the request completes.
    /// </summary>
    /// <remarks>
    /// At shutdown Kestrel wakes every connection by cancelling its pending read. Its request body hides that from a
    /// reader that consumes all it examines, as a stream does, but not from one that examines more than it consumes:
    /// System.Text.Json reading the body's PipeReader (how minimal APIs bind JSON in .NET 10) stops at a token split
    /// between two packets, gets the cancelled read, and the save in flight fails with a 500
    /// ("PipeReader.ReadAsync was canceled"). GracefulDrainTests shows it.
    /// </remarks>
    public static IApplicationBuilder UseGracefulShutdown(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is not { CanHaveBody: true })
        {
            await next(context);
            return;
        }
        var reader = PipeReader.Create(context.Request.Body, new StreamPipeReaderOptions(leaveOpen: true));
        context.Features.Set<IRequestBodyPipeFeature>(new StreamBodyPipe(reader));
        try
        {
            await next(context);
        }
        finally
        {
            await reader.CompleteAsync();
        }
    });

    private sealed class StreamBodyPipe(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }
}
