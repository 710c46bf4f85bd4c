namespace OutlineAddin.Tests.Processes;

/// <summary>
/// The tests that run real server processes run one after another: each loads the machine with a server or two and
/// a write load, and their timings (a kill mid-load, a request held while the server drains) mean most alone.
/// </summary>
[CollectionDefinition(Name)]
public static class ServerProcessTests
{
    public const string Name = "Server processes";
}
