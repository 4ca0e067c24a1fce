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
    private NameWords? words;
    private DateTimeOffset loadedAt;

    public ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        words = null;
        return ValueTask.CompletedTask;
    }

    public void Dispose() => loading.Dispose();

    public async Task<NameWords> GetAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var current = words;
        if (current is not null && time.GetUtcNow() - loadedAt < MaxAge)
        {
            return current;
        }
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (words is null || time.GetUtcNow() - loadedAt >= MaxAge)
            {
                words = new NameWords(await db.SearchStore.TermsAsync(db, SearchField.Names, cancellationToken));
                loadedAt = time.GetUtcNow();
            }
            return words;
        }
        finally
        {
            loading.Release();
        }
    }
}

/// <summary>
/// The name words, kept so the two questions "did you mean" asks are quick at any vocabulary size (hundreds of thousands
/// of words at 100,000 moments, most of them joined names): whether a word is indexed, whole or as a prefix (a binary
/// search in the sorted words), and which words lie within an edit distance (only words of a near length are compared,
/// each by a banded distance that gives up as soon as it exceeds the limit).
/// </summary>
public sealed class NameWords
{
    private readonly string[] sorted;
    private readonly Dictionary<int, (SearchTerm[] Terms, ulong[] Letters)> byLength;

    public NameWords(IEnumerable<SearchTerm> terms)
    {
        var all = terms.GroupBy(t => t.Term, StringComparer.Ordinal).Select(g => new SearchTerm(g.Key, g.Max(t => t.Documents))).ToList();
        sorted = all.Select(t => t.Term).Order(StringComparer.Ordinal).ToArray();
        byLength = all.GroupBy(t => t.Term.Length).ToDictionary(g => g.Key, g =>
        {
            var group = g.ToArray();
            return (group, group.Select(t => Letters(t.Term)).ToArray());
        });
    }

    public bool Contains(string word) => Array.BinarySearch(sorted, word, StringComparer.Ordinal) >= 0;

    public bool HasPrefix(string prefix)
    {
        var at = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        var next = at >= 0 ? at : ~at;
        return next < sorted.Length && sorted[next].StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The words within <paramref name="maxDistance"/> edits of <paramref name="word"/>, with their distances.</summary>
    public IEnumerable<(SearchTerm Term, int Distance)> Near(string word, int maxDistance)
    {
        for (var length = Math.Max(1, word.Length - maxDistance); length <= word.Length + maxDistance; length++)
        {
            if (!byLength.TryGetValue(length, out var group))
            {
                continue;
            }
            var letters = Letters(word);
            for (var i = 0; i < group.Terms.Length; i++)
            {
                if (!MayBeWithin(letters, group.Letters[i], maxDistance))
                {
                    continue;
                }
                var term = group.Terms[i];
                var distance = Distance(word, term.Term, maxDistance);
                if (distance <= maxDistance)
                {
                    yield return (term, distance);
                }
            }
        }
    }

    /// <summary>Which letters a word holds, one bit per letter (letters beyond 64 share bits with others).</summary>
    internal static ulong Letters(string word)
    {
        var bits = 0UL;
        foreach (var c in word)
        {
            bits |= 1UL << (c % 64);
        }
        return bits;
    }

    /// <summary>
    /// Whether two words can be within <paramref name="maxDistance"/> edits, by the letters each holds: an edit adds at
    /// most one letter the other word lacks and takes away at most one, so words differing by more letters either way
    /// are further apart. Shared bits only make letters look alike, never different, so no near word is missed; most
    /// words of a near length are ruled out before the distance is computed.
    /// </summary>
    internal static bool MayBeWithin(ulong a, ulong b, int maxDistance) =>
        System.Numerics.BitOperations.PopCount(a & ~b) <= maxDistance && System.Numerics.BitOperations.PopCount(b & ~a) <= maxDistance;

    /// <summary>Levenshtein distance (two rows), or <paramref name="limit"/> + 1 as soon as every cell of a row exceeds the limit.</summary>
    internal static int Distance(string a, string b, int limit = int.MaxValue)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit)
            {
                return limit + 1;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }
}
