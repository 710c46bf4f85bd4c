using System.Globalization;

namespace OutlineAddin.LoadBench;

/// <summary>
/// CPU time so far, from /proc: the whole machine's (busy and waiting on I/O), this generator's and each server's. Two
/// snapshots around a phase tell who used the two cores while it was measured: on a machine the generator shares with
/// the server, what the generator takes is what the server did not get.
/// </summary>
public sealed record CpuSnapshot(double MachineBusySeconds, double MachineIoWaitSeconds, double GeneratorSeconds, IReadOnlyList<double> ServerSeconds)
{
    // USER_HZ: the unit of /proc's times, 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static CpuSnapshot Take(IReadOnlyList<int> serverPids)
    {
        var (busy, ioWait) = MachineSeconds();
        return new CpuSnapshot(busy, ioWait, ProcessSeconds(Environment.ProcessId), serverPids.Select(ProcessSeconds).ToList());
    }

    /// <summary>From /proc/stat's first line: user nice system idle iowait irq softirq steal …</summary>
    private static (double Busy, double IoWait) MachineSeconds()
    {
        if (!File.Exists("/proc/stat")) return (double.NaN, double.NaN);
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
        return (busy / TicksPerSecond, fields[4] / TicksPerSecond);
    }

    /// <summary>utime + stime of a process, fields 14 and 15 of /proc/PID/stat (counted after its name, which may hold spaces).</summary>
    private static double ProcessSeconds(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path)) return double.NaN;
        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
