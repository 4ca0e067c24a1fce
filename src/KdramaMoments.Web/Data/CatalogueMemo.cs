using Microsoft.Extensions.Caching.Memory;

namespace KdramaMoments.Web.Data;

/// <summary>
/// Values computed from the catalogue (counts, list pages, the data of an entity's page), kept until
/// the catalogue changes (a subscribed <see cref="ICatalogueCache"/>: forgotten with the cached pages), and the cached
/// pages' lifetime (<c>OutputCache:Minutes</c>, 0 keeps nothing) bounds what a change from another process leaves stale. Concurrent readers of a
/// missing value wait for one computation instead of each running it. Memory is bounded: each value weighs its rows
/// (a page's lines), and past <see cref="MaxRows"/> the least recently read values are dropped, so a crawler walking
/// every address of a large catalogue cannot grow the process without limit.
/// </summary>
public sealed class CatalogueMemo(TimeProvider time, TimeSpan maxAge) : ICatalogueCache, IDisposable
{
    /// <summary>About a few hundred bytes a row: tens of MiB at most.</summary>
    public const int MaxRows = 100_000;

    private sealed record Entry(Lazy<Task<object?>> Value, DateTimeOffset Created);

    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = MaxRows });
    private readonly Lock creating = new();

    public ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        lock (creating)
        {
            entries.Clear();
        }
        return ValueTask.CompletedTask;
    }

    public void Dispose() => entries.Dispose();

    /// <summary>
    /// The value for <paramref name="key"/> (a string, or a record or tuple of what the value depends on); <paramref name="load"/>
    /// runs when it is missing, stale, or failed last time; <paramref name="rows"/> weighs it (1 when not given).
    /// </summary>
    public Task<T> GetAsync<T>(object key, Func<Task<T>> load, Func<T, int>? rows = null)
        where T : class =>
        TryGetLoaded<T>(key) is { } kept ? Task.FromResult(kept) : LoadAsync(key, load, rows);

    private async Task<T> LoadAsync<T>(object key, Func<Task<T>> load, Func<T, int>? rows)
        where T : class =>
        (await GetOrNullAsync<T>(key, async () => await load(), rows))!;

    /// <summary>
    /// The kept value of <paramref name="key"/> when it is loaded and usable: what almost every request reads, answered
    /// without the state machines, closure and awaits of a load (a list page asks for five values per request).
    /// </summary>
    private T? TryGetLoaded<T>(object key)
        where T : class =>
        maxAge > TimeSpan.Zero && Current(key) is { Value: { IsValueCreated: true, Value: { IsCompletedSuccessfully: true, Result: T value } } } ? value : null;

    /// <summary>
    /// As <see cref="GetAsync{T}"/>, for a value that may not exist (an unknown address): a null is given to the readers
    /// waiting for it but not kept, so made-up addresses take no room.
    /// </summary>
    public async Task<T?> GetOrNullAsync<T>(object key, Func<Task<T?>> load, Func<T, int>? rows = null)
        where T : class
    {
        if (maxAge <= TimeSpan.Zero)
        {
            return await load();
        }
        var entry = Current(key) ?? Start(key, load, rows);
        var value = (T?)await entry.Value.Value;
        if (value is null)
        {
            Forget(key, entry);
        }
        return value;
    }

    private Entry? Current(object key) =>
        entries.TryGetValue(key, out Entry? entry) && IsUsable(entry!) ? entry : null;

    private bool IsUsable(Entry entry) =>
        !(entry.Value.IsValueCreated && entry.Value.Value.IsFaulted) && time.GetUtcNow() - entry.Created < maxAge;

    private Entry Start<T>(object key, Func<Task<T?>> load, Func<T, int>? rows)
        where T : class
    {
        Entry entry;
        lock (creating)
        {
            if (Current(key) is { } raced)
            {
                return raced;
            }
            entry = new Entry(new Lazy<Task<object?>>(async () => await load()), time.GetUtcNow());
            // Sized 1 until loaded, then by its rows.
            entries.Set(key, entry, new MemoryCacheEntryOptions { Size = 1 });
        }
        if (rows is not null)
        {
            _ = entry.Value.Value.ContinueWith(done =>
            {
                if (done.IsCompletedSuccessfully && done.Result is T value)
                {
                    Resize(key, entry, rows(value));
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        return entry;
    }

    private void Resize(object key, Entry entry, int rows)
    {
        lock (creating)
        {
            // Not after an eviction: a value loaded while the catalogue changed is given to its readers, not kept.
            if (entries.TryGetValue(key, out Entry? now) && ReferenceEquals(now, entry))
            {
                entries.Set(key, entry, new MemoryCacheEntryOptions { Size = Math.Max(1, rows) });
            }
        }
    }

    private void Forget(object key, Entry entry)
    {
        lock (creating)
        {
            if (entries.TryGetValue(key, out Entry? now) && ReferenceEquals(now, entry))
            {
                entries.Remove(key);
            }
        }
    }
}
