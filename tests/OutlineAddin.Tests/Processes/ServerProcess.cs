using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace OutlineAddin.Tests.Processes;

/// <summary>
/// The real server as a child process (<see cref="ServerBuild"/>) on a free loopback port, its settings in the
/// environment, started once <c>/healthz</c> answers 200. Its output is kept for failure messages. Ended with
/// SIGKILL or SIGTERM; disposing kills it if it still runs, so a failing test never leaves a server behind.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string AdminToken = "process-test-admin-token-0123456789abcdef";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServerProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public bool HasExited => process.HasExited;

    /// <summary>What the server wrote so far (stdout and stderr, interleaved as they came).</summary>
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>Starts a server on <paramref name="database"/>; extra settings as environment variables (<c>Section__Key</c>).</summary>
    public static async Task<ServerProcess> StartAsync(ProcessDatabase database, params (string Name, string Value)[] settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            var server = Launch(database, settings);
            try
            {
                await server.WaitUntilHealthyAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.HasExited && server.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another process took the free port between our look and the server's bind: try another.
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    private static ServerProcess Launch(ProcessDatabase database, (string Name, string Value)[] settings)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(ServerBuild.DotnetHost)
        {
            WorkingDirectory = ServerBuild.ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ServerBuild.DllPath, "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(argument);
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_ENVIRONMENT" }) start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Auth__AdminToken"] = AdminToken;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in database.Settings) start.Environment[name] = value;
        foreach (var (name, value) in settings) start.Environment[name] = value;

        var server = new ServerProcess(new Process { StartInfo = start }, port);
        server.process.OutputDataReceived += (_, line) => { if (line.Data is not null) server.output.Enqueue(line.Data); };
        server.process.ErrorDataReceived += (_, line) => { if (line.Data is not null) server.output.Enqueue(line.Data); };
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        return server;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var started = Stopwatch.StartNew();
        while (started.Elapsed < StartTimeout)
        {
            if (process.HasExited) throw Failure($"The server exited with {process.ExitCode} while starting.");
            try
            {
                using var health = await probe.GetAsync("/healthz");
                if (health.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw Failure($"/healthz did not answer 200 within {StartTimeout.TotalSeconds} s.");
    }

    /// <summary>An exception carrying the server's output, for a test that fails because of what the server did.</summary>
    public InvalidOperationException Failure(string message) =>
        new($"{message}{Environment.NewLine}Server output:{Environment.NewLine}{Output}");

    public HttpClient CreateClient(string? token = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary><c>kill -9</c>: the process ends at once, as in a crash; nothing of the server's own shutdown runs.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>Sends SIGTERM, what a service manager sends to stop the server; returns at once.</summary>
    public async Task SignalTerminateAsync()
    {
        using var kill = Process.Start("kill", ["-s", "TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0) throw Failure($"kill -s TERM {process.Id} failed with {kill.ExitCode}.");
    }

    /// <summary>The exit code, once the process has ended (or a failure after <paramref name="timeout"/>).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw Failure($"The server did not exit within {timeout.TotalSeconds} s.");
        }
        return process.ExitCode;
    }

    /// <summary>Stops the server as a service manager would (SIGTERM), and waits for it to exit.</summary>
    public async Task<int> StopAsync()
    {
        await SignalTerminateAsync();
        return await WaitForExitAsync(TimeSpan.FromSeconds(40));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
        process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
