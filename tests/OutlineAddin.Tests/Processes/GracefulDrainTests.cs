using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Dapper;
using OutlineAddin.Data;
using Xunit.Abstractions;

namespace OutlineAddin.Tests.Processes;

/// <summary>
/// SIGTERM while a template save is still arriving: the server stops taking connections at once, finishes the save
/// (2xx, and stored), and exits 0, within its shutdown timeout.
/// </summary>
[Collection(ServerProcessTests.Name)]
[Trait("Category", "Processes")]
public sealed class GracefulDrainTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_save_in_flight_at_SIGTERM_completes_and_is_stored_while_new_connections_are_refused_and_the_server_exits_0()
    {
        await using var database = await ProcessDatabase.CreateAsync(StorageProvider.Sqlite);
        await using var server = await ServerProcess.StartAsync(database);
        var team = await TeamOfWriters.CreateAsync(server, 1);

        const string name = "停机时正在保存的模板";
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            teamId = team.TeamId, name, nodes = TemplateClient.Outline("saved-during-shutdown"), defaultStyleId = "gongwen",
        }));
        var head = Encoding.ASCII.GetBytes(
            $"POST /api/templates HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nAuthorization: Bearer {team.Tokens[0]}\r\n"
            + $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");

        using var connection = new TcpClient();
        await connection.ConnectAsync("127.0.0.1", server.Port);
        var stream = connection.GetStream();
        await stream.WriteAsync(head);
        // Kestrel answers 100 Continue when the handler starts reading the body: the save is in flight, however slow the machine.
        var interim = await ReadInterimAnswerAsync(stream);
        if (!interim.StartsWith("HTTP/1.1 100", StringComparison.Ordinal)) throw server.Failure($"The save was answered before its body:\n{interim}");
        await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
        await Task.Delay(200); // the half body reaches the reader before SIGTERM, as it would on a slow upload
        var signalled = Stopwatch.StartNew();
        await server.SignalTerminateAsync();

        await Assert.ThrowsAsync<SocketException>(() => ConnectUntilRefusedAsync(server.Port));
        var refusedAfter = signalled.Elapsed;
        Assert.False(server.HasExited, "The server exited with a request in flight.");

        await stream.WriteAsync(body.AsMemory(body.Length / 2));
        var answer = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        if (!answer.StartsWith("HTTP/1.1 201", StringComparison.Ordinal)) throw server.Failure($"The save in flight was answered:\n{answer}");
        Assert.Equal(0, await server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        var exitedAfter = signalled.Elapsed;

        await using var stored = await database.OpenAsync();
        Assert.Equal(1, await stored.ExecuteScalarAsync<long>("SELECT count(*) FROM templates WHERE name = @Name", new { Name = name }));
        output.WriteLine($"SIGTERM with a save half sent: new connections refused after {refusedAfter.TotalMilliseconds:F0} ms; "
            + $"the rest of the body sent, answered {answer[..answer.IndexOf('\r', StringComparison.Ordinal)]}; "
            + $"the server exited 0 after {exitedAfter.TotalMilliseconds:F0} ms; the template is stored.");
    }

    /// <summary>An interim answer, read byte by byte up to its blank line, so that the final answer is read whole after it.</summary>
    private static async Task<string> ReadInterimAnswerAsync(NetworkStream stream)
    {
        var received = new StringBuilder();
        var next = new byte[1];
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!received.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(next, deadline.Token) == 1)
        {
            received.Append((char)next[0]);
        }
        return received.ToString();
    }

    /// <summary>Connects again and again until the server refuses: that throws; a server still accepting after 10 s does not.</summary>
    private static async Task ConnectUntilRefusedAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            using var probe = new TcpClient();
            await probe.ConnectAsync("127.0.0.1", port);
            await Task.Delay(50);
        }
    }
}
