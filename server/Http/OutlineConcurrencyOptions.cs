using System.ComponentModel.DataAnnotations;

namespace OutlineAddin.Http;

/// <summary>
/// The <c>Limits</c> section: how many outline requests (parse, render, renumber, capture, merge: each up to a second of CPU on
/// a big document) run at once, so that one client cannot take every core from the others.
/// </summary>
public sealed class OutlineConcurrencyOptions
{
    public const string SectionName = "Limits";

    /// <summary>Outline requests and template saves one client (a signed-in user, else an address) has in flight at once, bodies arriving included.</summary>
    [Range(1, 1000)]
    public int ConcurrentOutlineRequestsPerClient { get; init; } = 2;

    /// <summary>Further requests of one client that wait for one of its own to finish; more are answered 429.</summary>
    [Range(0, 10_000)]
    public int QueuedOutlineRequestsPerClient { get; init; } = 4;

    /// <summary>
    /// Outline requests working at once from all clients together, by default two per core. Taken once the body is read:
    /// a body still arriving holds only its client's slot.
    /// </summary>
    [Range(1, 10_000)]
    public int ConcurrentOutlineRequests { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>Requests of all clients that wait for a free slot; more are answered 503.</summary>
    [Range(0, 100_000)]
    public int QueuedOutlineRequests { get; init; } = 64;

    /// <summary>
    /// The slowest an outline request's body may arrive (HTTP/1.1), after <see cref="MinBodyRateGraceSeconds"/>; slower,
    /// Kestrel ends it with a 408. Kestrel's own 240 B/s would let a 4 MB body hold its client's slot for hours; at 8 KB/s
    /// it is cut off within nine minutes, and a body the taskpane sends (tens of KB) is not affected on any link.
    /// </summary>
    [Range(240, 10_000_000)]
    public double MinBodyBytesPerSecond { get; init; } = 8 * 1024;

    /// <summary>How long a body may start slowly before <see cref="MinBodyBytesPerSecond"/> applies (Kestrel needs more than 1 s).</summary>
    [Range(2, 600)]
    public int MinBodyRateGraceSeconds { get; init; } = 5;

    /// <summary>The Retry-After of a refused request.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; init; } = 2;
}
