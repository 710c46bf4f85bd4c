using System.Globalization;

namespace OutlineAddin.LoadBench;

/// <summary>What one load run does; read from the command line (see <see cref="Usage"/>).</summary>
public sealed record LoadOptions(
    IReadOnlyList<Uri> Servers,
    string AdminToken,
    int Readers,
    int Writers,
    int Templates,
    TimeSpan Warmup,
    TimeSpan Duration,
    double ReadRate,
    double WriteRate,
    IReadOnlyList<string> Phases,
    IReadOnlyList<int> ServerPids)
{
    public const string Usage = """
        OutlineAddin.LoadBench --url URL [--url URL2 …] --admin-token TOKEN [options]
          --url URL           a running server; connections are spread over all of them, in turn
          --admin-token T     the server's Auth:AdminToken (creates the bench's users)
          --readers N         reading connections (64)
          --writers N         writing connections, each with its own user and template (8)
          --templates N       team templates the readers fetch at random, the writers' included (48)
          --warmup S          seconds of load before each phase is measured (10)
          --duration S        seconds each phase is measured (30)
          --read-rate R       reads per second for all readers together; 0 = each reader as fast as it can (0)
          --write-rate R      write cycles (GET + PUT) per second for all writers together; 0 = as fast as they can (0)
          --phases LIST       team,builtin: what the readers fetch (team templates through the database; built-ins from memory)
          --server-pid PID    a server process whose CPU time to report (repeatable)
        """;

    public static LoadOptions Parse(string[] args)
    {
        var servers = new List<Uri>();
        var pids = new List<int>();
        string? adminToken = null;
        int readers = 64, writers = 8, templates = 48;
        double warmup = 10, duration = 30, readRate = 0, writeRate = 0;
        string[] phases = ["team", "builtin"];
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            var value = ++i < args.Length ? args[i] : throw new ArgumentException($"{name} needs a value");
            switch (name)
            {
                case "--url": servers.Add(new Uri(value.TrimEnd('/') + "/")); break;
                case "--admin-token": adminToken = value; break;
                case "--readers": readers = Int(value); break;
                case "--writers": writers = Int(value); break;
                case "--templates": templates = Int(value); break;
                case "--warmup": warmup = Number(value); break;
                case "--duration": duration = Number(value); break;
                case "--read-rate": readRate = Number(value); break;
                case "--write-rate": writeRate = Number(value); break;
                case "--phases": phases = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                case "--server-pid": pids.Add(Int(value)); break;
                default: throw new ArgumentException($"unknown option {name}");
            }
        }
        if (servers.Count == 0) throw new ArgumentException("--url is required");
        if (string.IsNullOrEmpty(adminToken)) throw new ArgumentException("--admin-token is required");
        if (templates < writers) throw new ArgumentException("--templates must be at least --writers: each writer saves its own template");
        if (phases.Except(["team", "builtin"]).FirstOrDefault() is { } unknown) throw new ArgumentException($"unknown phase {unknown}");
        return new LoadOptions(servers, adminToken, readers, writers, templates, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(duration),
            readRate, writeRate, phases, pids);
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
