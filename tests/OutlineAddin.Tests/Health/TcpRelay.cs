using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OutlineAddin.Tests.Health;

/// <summary>
/// A TCP relay on a loopback port to a target (the test cluster's PostgreSQL), that a test can cut and restore. Cut, it
/// is a black hole, as a lost network or a host that drops packets: connections are accepted and bytes taken in both
/// ways, but nothing is passed on and nothing is answered, so a client waits until its own timeouts end the wait.
/// Restored, the connections that went through the cut are closed (they lost bytes; TCP would end them too) and new
/// connections are relayed again.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint target;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<Socket, bool> open = new();
    private readonly Task accepting;
    private volatile bool cut;

    public TcpRelay(IPEndPoint target)
    {
        this.target = target;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public void Cut() => cut = true;

    public void Restore()
    {
        var throughTheCut = open.Keys.ToList();
        cut = false;
        foreach (var socket in throughTheCut) Close(socket);
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        open[client] = true;
        if (cut)
        {
            await PumpAsync(client, to: null); // held and never answered
            Close(client);
            return;
        }
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        open[server] = true;
        try
        {
            await server.ConnectAsync(target, stopping.Token);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            // The target refused, or the relay stops: the client sees its connection closed.
        }
        Close(client);
        Close(server);
    }

    /// <summary>Passes what <paramref name="from"/> sends on to <paramref name="to"/>, unless cut; until either end closes.</summary>
    private async Task PumpAsync(Socket from, Socket? to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, stopping.Token);
                if (read == 0) return;
                if (!cut && to is not null) await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, stopping.Token);
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Either end closed (or Restore closed it): this direction is done.
        }
    }

    private void Close(Socket socket)
    {
        if (!open.TryRemove(socket, out _)) return;
        socket.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        foreach (var socket in open.Keys.ToList()) Close(socket);
        stopping.Dispose();
    }
}
