using System.Runtime.CompilerServices;
using OutlineAddin.LoadBench;

// Load on running servers: readers fetch templates while writers save through If-Match. Prints Markdown tables per
// phase (requests/s, latency percentiles, errors by kind) and who used the CPU; never fails on a slow result.
// bench/load.sh builds, starts the servers and runs this; see LoadOptions.Usage for running it by hand.

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

using var setupClient = new HttpClient { BaseAddress = options.Servers[0] };
var fixture = await Fixture.CreateAsync(setupClient, options, CancellationToken.None);
Console.WriteLine($"Set up through {options.Servers[0]}: team {fixture.TeamId}, {fixture.TemplateIds.Count} team templates " +
    $"(copies of the built-ins' outlines), {fixture.WriterTokens.Count} editors, {fixture.ReaderTokens.Count} viewers; " +
    $"{fixture.BuiltInIds.Count} built-ins.");
Console.WriteLine($"{options.Readers} readers and {options.Writers} writers, one connection each, spread over {options.Servers.Count} server(s) in turn; " +
    $"reads {Rate(options.ReadRate)}, write cycles {Rate(options.WriteRate)}; warm-up {options.Warmup.TotalSeconds:0} s, measured {options.Duration.TotalSeconds:0} s per phase.");

var acknowledged = Enumerable.Range(0, options.Writers).Select(_ => new StrongBox<int>()).ToList();
foreach (var phase in options.Phases)
{
    var builtIn = phase == "builtin";
    var readable = builtIn ? fixture.BuiltInIds : fixture.TemplateIds;
    var window = new MeasuredWindow(options.Warmup, options.Duration);
    var reads = new List<OperationLog>();
    var fetches = new List<OperationLog>();
    var saves = new List<OperationLog>();
    var connections = new List<Connection>();
    var work = new List<Task>();
    for (var i = 0; i < options.Readers; i++)
    {
        var connection = new Connection(options.Servers[i % options.Servers.Count], fixture.ReaderTokens[i % fixture.ReaderTokens.Count]);
        var log = new OperationLog();
        var random = new Random(i);
        var pacer = new Pacer(options.ReadRate / options.Readers, random);
        connections.Add(connection);
        reads.Add(log);
        work.Add(Task.Run(() => Workers.ReadAsync(connection, readable, pacer, random, window, log)));
    }
    for (var w = 0; w < options.Writers; w++)
    {
        var writer = w;
        var connection = new Connection(options.Servers[w % options.Servers.Count], fixture.WriterTokens[w]);
        var (fetchLog, saveLog) = (new OperationLog(), new OperationLog());
        var pacer = new Pacer(options.WriteRate / options.Writers, new Random(1000 + w));
        connections.Add(connection);
        fetches.Add(fetchLog);
        saves.Add(saveLog);
        work.Add(Task.Run(() => Workers.WriteAsync(connection, fixture.TemplateIds[writer], writer, pacer, window, fetchLog, saveLog,
            acknowledged[writer], CancellationToken.None)));
    }

    await window.UntilStartAsync();
    var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
    var before = CpuSnapshot.Take(options.ServerPids);
    await window.UntilEndAsync();
    var after = CpuSnapshot.Take(options.ServerPids);
    await Task.WhenAll(work);
    connections.ForEach(c => c.Dispose());

    var what = builtIn
        ? $"readers fetch the {readable.Count} built-ins (kept in memory, but each request's token is looked up in the database)"
        : $"readers fetch {readable.Count} team templates (through the database)";
    (string, OperationLog)[] rows =
    [
        ("reads (GET /api/templates/{id})", OperationLog.Merge(reads)),
        ("writers' GET for the ETag", OperationLog.Merge(fetches)),
        ("writes (PUT with If-Match)", OperationLog.Merge(saves)),
    ];
    Report.Phase($"Phase {phase}: {what}", window.Duration, rows);
    Report.Cpu(before, after, window.Duration, options.ServerPids, rows.Sum(row => row.Item2.Requests));
    Console.WriteLine($"Load average when measuring started: {load}");
}

// Every acknowledged save is a version: a template at version 1 + its writer's 2xx saves lost none and made none twice.
Console.WriteLine();
var lost = 0;
for (var w = 0; w < options.Writers; w++)
{
    using var check = new Connection(options.Servers[(w + 1) % options.Servers.Count], fixture.WriterTokens[w]);
    var stored = (int)(await check.GetJsonAsync($"api/templates/{fixture.TemplateIds[w]}", CancellationToken.None))["version"]!;
    if (stored != 1 + acknowledged[w].Value)
    {
        lost++;
        Console.WriteLine($"WRONG: writer {w}'s template is at version {stored} after {acknowledged[w].Value} acknowledged saves");
    }
}
Console.WriteLine(lost == 0
    ? $"Versions check: each writer's template is at version 1 + its acknowledged saves ({acknowledged.Sum(a => a.Value):N0} saves in all, read back through the other server when there are two)."
    : $"Versions check FAILED for {lost} of {options.Writers} templates.");
return 0;

static string Rate(double perSecond) => perSecond > 0 ? $"paced at {perSecond:N0}/s" : "as fast as answered (closed loop)";
