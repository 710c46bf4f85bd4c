using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using OutlineAddin.Bench;
using OutlineAddin.Numbering;
using OutlineAddin.Outlines;

// In-process benchmarks of the outline engine. Prints tables; never fails on a slow result.
//   dotnet run -c Release -p:SkipTaskpaneBuild=true --project bench/OutlineAddin.Bench [-- options]
// Options:
//   --seconds S     target measuring time per case (default 3)
//   --sizes a,b,c   document sizes for analyse/renumber (default 1000,10000,100000)
//   --sample N      print the first N generated paragraphs of the 1,000-paragraph document and exit
//   --only NAME     run only cases whose name contains NAME (parse, analyze, switch, repair, document)
//   --breakdown     also time the stages of Renumber separately (recognize, convention, problems), to find hot spots

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var seconds = 3.0;
int[] sizes = [1_000, 10_000, 100_000];
int[] parseSizes = [1_000, 5_000];
string? only = null;
var breakdown = false;
var sample = 0;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds": seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--sizes": sizes = args[++i].Split(',').Select(int.Parse).ToArray(); break;
        case "--sample": sample = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--only": only = args[++i]; break;
        case "--breakdown": breakdown = true; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

if (sample > 0)
{
    var (doc, mix) = DocumentGenerator.Generate(1_000);
    foreach (var p in doc.Take(sample)) Console.WriteLine(p.Text);
    Console.WriteLine($"-- {mix.Describe(doc.Count)}");
    return 0;
}

PrintEnvironment();

// Documents are generated per case (deterministically) and dropped after it, so the full GC before each run
// only has to walk the document being measured.
static IReadOnlyList<SourceParagraph> Document(int n) => DocumentGenerator.Generate(n).Paragraphs;

Console.WriteLine();
Console.WriteLine("Generated documents (deterministic, seed 20240305 + size):");
foreach (var n in sizes.Concat(parseSizes).Distinct().Order())
{
    var (doc, mix) = DocumentGenerator.Generate(n);
    Console.WriteLine($"  {n,7:N0}: {mix.Describe(doc.Count)}");
}

// One look at what the engine makes of the documents, so the numbers below are known to measure real work.
Console.WriteLine();
Console.WriteLine("What the engine finds (one run per size, not timed):");
foreach (var n in sizes)
{
    var doc = Document(n);
    var repair = Renumberer.Renumber(doc, null);
    var switched = Renumberer.Renumber(doc, BuiltInStyles.Decimal);
    var outline = OutlineAnalysis.Analyze(doc, ReadingMode.Outline);
    var changed = repair.Paragraphs.Where((p, i) => p.Text != doc[i].Text).Count();
    var items = repair.Paragraphs.Count(p => p.Level is not null);
    Console.WriteLine($"  {n,7:N0}: document reading: {items:N0} outline items, detected [{string.Join(" ", repair.DetectedLevels.Select(l => l.LvlText))}], " +
        $"{repair.Problems.Count:N0} problems, repair rewrites {changed:N0} paragraphs; " +
        $"switch to decimal e.g. “{Shorten(switched.Paragraphs.First(p => p.Level == 3).Text)}”; " +
        $"outline reading: {outline.Lines.Count(l => l.IsItem):N0} items, depth {outline.Convention.Levels.Count}, too deep: {outline.TooDeep}");
}
foreach (var n in parseSizes)
{
    var result = OutlineParser.Parse(DocumentGenerator.Join(Document(n)));
    Console.WriteLine($"  Parse {n,5:N0} lines: {(result.Succeeded ? $"ok, {result.Nodes.Count:N0} top-level nodes, {result.Problems.Count:N0} problems" : "FAILED: " + result.Error)}");
}

var tables = new List<(string Title, List<Measurement> Rows)>();

void Run(string name, string title, IEnumerable<int> runSizes, Func<int, Action> prepare)
{
    if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase)) return;
    var rows = new List<Measurement>();
    foreach (var n in runSizes)
    {
        rows.Add(Measure(n, prepare(n), seconds));
        GC.Collect();
        Console.Error.WriteLine($"  measured {name} {n:N0}");
    }
    tables.Add((title, rows));
}

Run("renumber-switch", "Renumberer.Renumber(paragraphs, BuiltInStyles.Decimal) — switch convention", sizes,
    n => { var doc = Document(n); return () => Renumberer.Renumber(doc, BuiltInStyles.Decimal); });
Run("renumber-repair", "Renumberer.Renumber(paragraphs, null) — repair detected convention", sizes,
    n => { var doc = Document(n); return () => Renumberer.Renumber(doc, null); });
Run("analyze-outline", "OutlineAnalysis.Analyze(paragraphs, ReadingMode.Outline) — the parse engine without Parse's 5,000-line limit", sizes,
    n => { var doc = Document(n); return () => OutlineAnalysis.Analyze(doc, ReadingMode.Outline); });
Run("parse", "OutlineParser.Parse(text joined by \\n) — full parse incl. line split and tree (limit 5,000 lines)", parseSizes,
    n => { var text = DocumentGenerator.Join(Document(n)); return () => OutlineParser.Parse(text); });
Run("analyze-document", "OutlineAnalysis.Analyze(paragraphs, ReadingMode.Document) — the analysis inside Renumber", sizes,
    n => { var doc = Document(n); return () => OutlineAnalysis.Analyze(doc, ReadingMode.Document); });
if (breakdown)
{
    // The public pieces Renumber is made of, each timed on its own; Analyze's private passes (bare-numeral runs,
    // Roman letters, level assignment) are what Analyze(Document) takes beyond them.
    Run("stage-recognize", "Stage: MarkerRecognizer.Recognize on every paragraph", sizes,
        n => { var doc = Document(n); return () => { foreach (var p in doc) MarkerRecognizer.Recognize(p.Text); }; });
    Run("stage-convention", "Stage: DetectedConvention.From(analysed lines)", sizes,
        n => { var lines = OutlineAnalysis.Analyze(Document(n), ReadingMode.Document).Lines; return () => DetectedConvention.From(lines); });
    Run("stage-repair", "Stage: OutlineRepair.Repair(analysed lines, convention)", sizes,
        n =>
        {
            var analysis = OutlineAnalysis.Analyze(Document(n), ReadingMode.Document);
            return () => OutlineRepair.Repair(analysis.Lines, analysis.Convention);
        });
    Run("stage-problems", "Stage: NumberingProblems.Find(analysed lines, repaired markers)", sizes,
        n =>
        {
            var analysis = OutlineAnalysis.Analyze(Document(n), ReadingMode.Document);
            return () => NumberingProblems.Find(analysis.Lines, analysis.Repaired);
        });
}

Console.WriteLine();
foreach (var (title, rows) in tables)
{
    Console.WriteLine($"### {title}");
    Console.WriteLine();
    Console.WriteLine("| paragraphs | runs | median ms | min ms | ns/paragraph (median) | ns/paragraph (min) | allocated/run | GCs/run gen0/1/2 |");
    Console.WriteLine("|-----------:|-----:|----------:|-------:|----------------------:|-------------------:|--------------:|-----------------:|");
    foreach (var r in rows)
    {
        Console.WriteLine($"| {r.Size,10:N0} | {r.Runs,4} | {r.MedianMs,9:F3} | {r.MinMs,6:F3} | {r.MedianMs * 1e6 / r.Size,21:F0} | {r.MinMs * 1e6 / r.Size,18:F0} | {Bytes(r.AllocatedBytes),13} | {string.Join("/", r.GcPerRun.Select(g => g.ToString("0.#", CultureInfo.InvariantCulture))),16} |");
    }
    if (rows.Count > 1)
    {
        var first = rows[0];
        var growth = string.Join(", ", rows.Skip(1).Select(r =>
            $"×{(double)r.Size / first.Size:F0} size → ×{r.MedianMs / first.MedianMs:F1} time (median), ×{r.MinMs / first.MinMs:F1} (min)"));
        Console.WriteLine();
        Console.WriteLine($"Growth from {first.Size:N0}: {growth}");
    }
    Console.WriteLine();
}
Console.WriteLine($"loadavg at end: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?")}");
return 0;

static Measurement Measure(int size, Action action, double seconds)
{
    // Warm-up: at least 1 s and 10 calls, so tiered JIT (30 calls, then a 100 ms delay, then a background
    // recompile) has promoted the hot methods to optimised, PGO-instrumented code. The last calls estimate the run time.
    var warm = Stopwatch.StartNew();
    var warmTimes = new List<double>();
    while (warmTimes.Count < 10 || warm.Elapsed.TotalSeconds < 1.0)
    {
        var t0 = Stopwatch.GetTimestamp();
        action();
        warmTimes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
    }
    var estimateMs = warmTimes.Skip(warmTimes.Count / 2).Order().ElementAt((warmTimes.Count - warmTimes.Count / 2) / 2);
    var runs = Math.Clamp((int)(seconds * 1000 / Math.Max(estimateMs, 0.001)), 11, 301);

    var times = new double[runs];
    long allocated = 0;
    var collections = new int[3];
    for (var i = 0; i < runs; i++)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var gcBefore = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var before = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        action();
        var end = Stopwatch.GetTimestamp();
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        times[i] = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
        for (var g = 0; g < 3; g++) collections[g] += GC.CollectionCount(g) - gcBefore[g];
    }
    Array.Sort(times);
    var median = runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    return new Measurement(size, runs, median, times[0], allocated, collections.Select(c => (double)c / runs).ToArray());
}

static string Bytes(long bytes) => bytes switch
{
    >= 1 << 20 => $"{bytes / (1024.0 * 1024):F1} MiB",
    >= 1 << 10 => $"{bytes / 1024.0:F1} KiB",
    _ => $"{bytes} B",
};

static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";

static void PrintEnvironment()
{
#if DEBUG
    Console.WriteLine("WARNING: Debug build — run with -c Release for meaningful numbers.");
#endif
    var cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;
    Console.WriteLine("OutlineAddin in-process benchmark");
    Console.WriteLine($"  date (UTC)   {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
    Console.WriteLine($"  runtime      {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
    Console.WriteLine($"  cpu          {cpu ?? "?"} × {Environment.ProcessorCount} logical");
    var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
    Console.WriteLine($"  loadavg      {load}  (other processes on the machine skew the median; min is the steadier figure)");
    Console.WriteLine($"  gc           {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}");
    Console.WriteLine($"  method       warm-up, then N runs (≈ target seconds per case), full GC before each run; Stopwatch; median and min");
}

internal sealed record Measurement(int Size, int Runs, double MedianMs, double MinMs, long AllocatedBytes, double[] GcPerRun);
