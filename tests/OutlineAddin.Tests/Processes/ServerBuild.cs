namespace OutlineAddin.Tests.Processes;

/// <summary>
/// The built server these tests run as a child process: <c>server/bin/&lt;Configuration&gt;/&lt;framework&gt;/OutlineAddin.Server.dll</c>,
/// of the same configuration and framework as this test assembly (whose output folder names both), so that
/// <c>dotnet test OutlineAddin.sln</c> (Debug in CI) and <c>-c Release</c> each run the server they just built.
/// </summary>
public static class ServerBuild
{
    private static readonly Lazy<(string Dll, string ProjectDirectory)> Located = new(Locate);

    public static string DllPath => Located.Value.Dll;

    /// <summary>The server's content root, as under <c>dotnet run</c>: its wwwroot and the taskpane's relative path resolve from here.</summary>
    public static string ProjectDirectory => Located.Value.ProjectDirectory;

    /// <summary>The <c>dotnet</c> running these tests (the SDK sets DOTNET_HOST_PATH), so that the server gets the same runtime.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static (string, string) Locate()
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OutlineAddin.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException($"No OutlineAddin.sln above {output.FullName}: these tests run from the repository.");

        var project = Path.Combine(root.FullName, "server");
        var dll = Path.Combine(project, "bin", configuration, framework, "OutlineAddin.Server.dll");
        return File.Exists(dll)
            ? (dll, project)
            : throw new InvalidOperationException($"{dll} is not built: run `dotnet build OutlineAddin.sln -c {configuration}` first.");
    }
}
