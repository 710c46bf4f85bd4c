using System.ComponentModel.DataAnnotations;

namespace OutlineAddin.Http;

/// <summary>
/// The <c>Limits</c> section: how many outline requests (parse, render, renumber, capture: each up to a second of CPU on
/// a big document) run at once, so that one client cannot take every core from the others.
/// </summary>
public sealed class OutlineConcurrencyOptions
{
    public const string SectionName = "Limits";

    /// <summary>Outline requests one client (a signed-in user, else an IP address) has running at once.</summary>
    [Range(1, 1000)]
    public int ConcurrentOutlineRequestsPerClient { get; init; } = 2;

    /// <summary>Further requests of one client that wait for one of its own to finish; more are answered 429.</summary>
    [Range(0, 10_000)]
    public int QueuedOutlineRequestsPerClient { get; init; } = 4;

    /// <summary>Outline requests running at once from all clients together; by default two per core.</summary>
    [Range(1, 10_000)]
    public int ConcurrentOutlineRequests { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>Requests of all clients that wait for a free slot; more are answered 503.</summary>
    [Range(0, 100_000)]
    public int QueuedOutlineRequests { get; init; } = 64;

    /// <summary>The Retry-After of a refused request.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; init; } = 2;
}
