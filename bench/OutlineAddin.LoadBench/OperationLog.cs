namespace OutlineAddin.LoadBench;

/// <summary>
/// What one connection saw of one kind of request while the phase was measured: each answer's latency and the
/// failures by kind. One per connection and kind, so recording takes no lock; <see cref="Merge"/> adds them up.
/// </summary>
public sealed class OperationLog
{
    private readonly List<double> latenciesMs = [];
    private readonly Dictionary<string, int> failures = [];

    public IReadOnlyList<double> LatenciesMs => latenciesMs;

    public IReadOnlyDictionary<string, int> Failures => failures;

    public int Requests => latenciesMs.Count + failures.Where(f => f.Key.StartsWith(FailureKinds.NoAnswerPrefix, StringComparison.Ordinal)).Sum(f => f.Value);

    public int Errors => failures.Values.Sum();

    /// <summary>An answer, right or wrong; its latency counts either way (as wrk counts it).</summary>
    public void Answered(double milliseconds, string? failure = null)
    {
        latenciesMs.Add(milliseconds);
        if (failure is not null) Failed(failure);
    }

    /// <summary>A failure; one with no answer (a timeout, a refused connection) has no latency.</summary>
    public void Failed(string kind) => failures[kind] = failures.GetValueOrDefault(kind) + 1;

    public static OperationLog Merge(IEnumerable<OperationLog> logs)
    {
        var all = new OperationLog();
        foreach (var log in logs)
        {
            all.latenciesMs.AddRange(log.latenciesMs);
            foreach (var (kind, count) in log.failures) all.failures[kind] = all.failures.GetValueOrDefault(kind) + count;
        }
        return all;
    }
}
