using System.Diagnostics;

namespace OutlineAddin.Tests.Processes;

/// <summary>What a <c>backup</c> or <c>restore</c> run printed, and its exit code.</summary>
public sealed record CommandOutput(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}; stdout: {Output.Trim()}; stderr: {Error.Trim()}";
}

/// <summary>
/// The server's database commands (<c>backup PATH</c>, <c>restore PATH</c>) as an administrator runs them: the built
/// server with the command instead of serving, on the database the server's settings name.
/// </summary>
public static class DatabaseCommand
{
    public static Task<CommandOutput> RunAsync(ProcessDatabase database, params string[] arguments) =>
        RunAsync(database.Settings, arguments);

    /// <summary>With these settings (environment variables) instead of a test database's.</summary>
    public static async Task<CommandOutput> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo(ServerBuild.DotnetHost)
        {
            WorkingDirectory = ServerBuild.ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerBuild.DllPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', arguments)} did not finish within 60 s: {await output} {await error}");
        }
        return new CommandOutput(process.ExitCode, await output, await error);
    }
}
