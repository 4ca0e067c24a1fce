using System.Collections.Concurrent;

namespace KdramaMoments.Web.Data;

/// <summary>
/// Values computed over the whole catalogue (list orders, counts, the home page's consensus), kept until
/// the catalogue changes (a subscribed <see cref="ICatalogueCache"/>: forgotten with the cached pages), and
/// ten minutes bound what a change from another process (the command line) leaves stale, as for pages.
/// Concurrent readers of a missing value wait for one computation instead of each running it.
/// </summary>
public sealed class CatalogueMemo(TimeProvider time) : ICatalogueCache
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private sealed record Entry(Lazy<Task<object>> Value, DateTimeOffset Created);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        entries.Clear();
        return ValueTask.CompletedTask;
    }

    /// <summary>The value for <paramref name="key"/>; <paramref name="load"/> runs when it is missing, stale, or failed last time.</summary>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
        where T : class
    {
        var now = time.GetUtcNow();
        var entry = entries.AddOrUpdate(key,
            _ => Start(load, now),
            (_, existing) => existing.Value.IsValueCreated && existing.Value.Value.IsFaulted || now - existing.Created >= MaxAge ? Start(load, now) : existing);
        return (T)await entry.Value.Value;
    }

    private static Entry Start<T>(Func<Task<T>> load, DateTimeOffset now)
        where T : class =>
        new(new Lazy<Task<object>>(async () => await load()), now);
}
