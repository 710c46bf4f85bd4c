namespace OutlineAddin.LoadBench;

/// <summary>Prints a phase's numbers as Markdown, ready for docs/PERFORMANCE.md.</summary>
public static class Report
{
    public static void Phase(string title, TimeSpan duration, IReadOnlyList<(string Name, OperationLog Log)> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| requests | count | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, log) in rows)
        {
            var sorted = log.LatenciesMs.Order().ToArray();
            Console.WriteLine($"| {name} | {log.Requests:N0} | {log.Requests / duration.TotalSeconds:N0} | {Percentile(sorted, 50):0.0} | " +
                $"{Percentile(sorted, 90):0.0} | {Percentile(sorted, 99):0.0} | {(sorted.Length == 0 ? double.NaN : sorted[^1]):0.0} | {log.Errors:N0} |");
        }
        foreach (var (name, log) in rows.Where(r => r.Log.Errors > 0))
        {
            Console.WriteLine($"- {name} errors: {string.Join("; ", log.Failures.OrderByDescending(f => f.Value).Select(f => $"{f.Value:N0} × {f.Key}"))}");
        }
    }

    /// <param name="requests">Requests answered in the window, to tell the servers' CPU time per request: unlike
    /// requests/s, it hardly depends on what else runs on the machine.</param>
    public static void Cpu(CpuSnapshot before, CpuSnapshot after, TimeSpan duration, IReadOnlyList<int> serverPids, int requests)
    {
        double Share(double seconds) => 100 * seconds / duration.TotalSeconds;
        var busy = Share(after.MachineBusySeconds - before.MachineBusySeconds);
        var generator = Share(after.GeneratorSeconds - before.GeneratorSeconds);
        var servers = serverPids.Select((pid, i) => (Pid: pid, Share: Share(after.ServerSeconds[i] - before.ServerSeconds[i]))).ToList();
        var rest = busy - generator - servers.Sum(s => s.Share);
        Console.WriteLine();
        Console.WriteLine($"CPU while measured (100 % = one core of {Environment.ProcessorCount}): machine busy {busy:0} %, " +
            $"I/O wait {Share(after.MachineIoWaitSeconds - before.MachineIoWaitSeconds):0} %; generator {generator:0} %; " +
            string.Join("; ", servers.Select(s => $"server {s.Pid} {s.Share:0} %")) +
            $"; everything else (database processes, other users of the machine) {rest:0} %");
        if (servers.Count > 0 && requests > 0)
        {
            var serverSeconds = servers.Sum(s => s.Share) / 100 * duration.TotalSeconds;
            Console.WriteLine($"Servers' CPU time per request (all kinds): {1000 * serverSeconds / requests:0.00} ms");
        }
    }

    /// <summary>Nearest rank: the smallest latency at or above which p % of the answers lie.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
}
