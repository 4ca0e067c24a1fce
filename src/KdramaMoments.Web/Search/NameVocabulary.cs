using KdramaMoments.Web.Data;

namespace KdramaMoments.Web.Search;

/// <summary>
/// The indexed words of names, with how many entries hold each: what "did you mean" compares against.
/// Reading them (fts5vocab, ts_stat) walks the whole index (a third of a second at 100,000 moments), so they
/// are kept in memory until the catalogue changes (or ten minutes pass, for changes made by another process).
/// </summary>
public sealed class NameVocabulary(TimeProvider time) : ICatalogueCache, IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim loading = new(1, 1);
    private IReadOnlyList<(string Term, long Documents)>? terms;
    private DateTimeOffset loadedAt;

    public ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        terms = null;
        return ValueTask.CompletedTask;
    }

    public void Dispose() => loading.Dispose();

    public async Task<IReadOnlyList<(string Term, long Documents)>> GetAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var current = terms;
        if (current is not null && time.GetUtcNow() - loadedAt < MaxAge)
        {
            return current;
        }
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (terms is null || time.GetUtcNow() - loadedAt >= MaxAge)
            {
                var rows = await db.SearchStore.TermsAsync(db, SearchField.Names, cancellationToken);
                terms = rows.Select(r => (r.Term, r.Documents)).ToList();
                loadedAt = time.GetUtcNow();
            }
            return terms;
        }
        finally
        {
            loading.Release();
        }
    }
}
