using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Search;

/// <summary>One indexed entity's folded text in its three weighted fields.</summary>
public sealed record SearchEntry(int Id, string Names, string Quotes, string Body);

/// <summary>
/// One match: which entity, and its rank (lower is better, on both stores). Position is the entry's key
/// (<see cref="SearchKinds.RowId"/>: kind × 2³² + id), higher for newer entities of a kind: ordering by it lets a store
/// stop reading at a LIMIT.
/// </summary>
public sealed record SearchHit(long Position, int Kind, int EntityId, double Rank);

/// <summary>
/// A kind's newest matches as a read found them: how many (<see cref="Count"/>, at most one past the cap the read was
/// given), and the positions bounding the newest cap of them (<see cref="Lowest"/> to <see cref="Highest"/>): the matches
/// of the kind between the two are exactly the ones counted. <see cref="RankedLowest"/> bounds the newest
/// <see cref="SiteSearch.RankCap"/> of them, the ones a search ranks.
/// </summary>
public sealed record KindWindow(EntityKind Kind, int Count, long Lowest, long Highest, long RankedLowest);

/// <summary>
/// A kind's matches to count: its newest <see cref="Cap"/> + 1 below <see cref="Below"/> (<see cref="long.MaxValue"/>:
/// from its newest), windowed at the <see cref="Cap"/>-th and the <see cref="RankCap"/>-th of them.
/// </summary>
public sealed record KindRead(EntityKind Kind, long Below, int Cap, int RankCap)
{
    /// <summary>The read on below a window cut short at its oldest match, counting up to the cap in all.</summary>
    public static KindRead Continuing(KindWindow cut, int cap) =>
        new(cut.Kind, cut.Lowest, Math.Max(1, cap - cut.Count), Math.Max(1, SiteSearch.RankCap - cut.Count));

    /// <summary>The window of a cut-short read and of the read on below it (<see cref="Continuing"/>), as one read from the newest would give.</summary>
    public static KindWindow Joined(KindWindow cut, KindWindow below, int cap) => new(cut.Kind, Math.Min(cut.Count + below.Count, cap + 1),
        cut.Count < cap ? below.Lowest : cut.Lowest, cut.Highest, cut.Count < SiteSearch.RankCap ? below.RankedLowest : cut.RankedLowest);
}

/// <summary>An indexed word, how many entries hold it in a field.</summary>
public sealed record SearchTerm(string Term, long Documents);

/// <summary>The three fields of an entry, weighted quotes above names above the rest.</summary>
public enum SearchField
{
    Names,
    Quotes,
    Body,
}

/// <summary>
/// Where a database keeps its search index and how it is asked: FTS5 on SQLite
/// (<see cref="SqliteSearchStore"/>), a tsvector with a GIN index on PostgreSQL (<see cref="PostgresSearchStore"/>).
/// What is indexed (<see cref="SearchIndexer"/>), how text is folded (<see cref="SearchText"/>), how results are
/// described and grouped (<see cref="SiteSearch"/>) and corrected (<see cref="Suggestions"/>) are the same for both.
/// Writes run on the context's connection and transaction, so the index commits with the rows.
/// </summary>
public interface ISearchStore
{
    /// <summary>Deletes the entries of these ids of one kind and writes the given ones (none for a deleted entity).</summary>
    Task ReplaceAsync(KdramaDbContext db, EntityKind kind, IReadOnlyCollection<int> ids, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken);

    Task ClearAsync(KdramaDbContext db, CancellationToken cancellationToken);

    /// <summary>After the whole index is written (<see cref="SearchIndexer.RebuildAsync"/>): lays it out for reading.</summary>
    Task CompactAsync(KdramaDbContext db, CancellationToken cancellationToken);

    /// <summary>Whether the index holds anything (one row read).</summary>
    Task<bool> AnyAsync(KdramaDbContext db, CancellationToken cancellationToken);

    Task<long> CountAsync(KdramaDbContext db, CancellationToken cancellationToken);

    /// <summary>Every entry holding each typed word (as a prefix from two letters on), ranked; composable, so filters are added with LINQ.</summary>
    IQueryable<SearchHit> Hits(KdramaDbContext db, SearchQuery query);

    /// <summary>
    /// Counts without ranking (no bm25 or ts_rank pass over the words' whole posting lists): per kind, the newest
    /// matches among the newest <paramref name="cap"/> + 1 of all kinds (or of <paramref name="kind"/>), as windows.
    /// </summary>
    Task<List<KindWindow>> NewestWindowsAsync(KdramaDbContext db, SearchQuery query, EntityKind? kind, int cap, CancellationToken cancellationToken);

    /// <summary>
    /// Counts without ranking, per kind from its own newest entity down, or on below a position (each kind's entries
    /// are one range of keys, so a rare kind does not walk the matches of the moments): each read kind's newest
    /// <see cref="KindRead.Cap"/> + 1, as a window; no window for a kind with no match. All kinds in one command.
    /// </summary>
    Task<List<KindWindow>> NewestOfEachKindAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<KindRead> reads, CancellationToken cancellationToken);

    /// <summary>
    /// What a search counts: each kind's newest <paramref name="cap"/> + 1 matches as windows. First the newest of all
    /// kinds at once, which counts every kind when they come to at most the cap. Past it: keys are kind × 2³² + id
    /// (<see cref="SearchKinds.RowId"/>) and reads go from the highest down, so the kinds above the lowest one that read
    /// reached were read whole; that one (unless it alone filled the read) is read on below where the read stopped, and
    /// the kinds below it are counted each from its own newest down (<see cref="NewestOfEachKindAsync"/>). A word only
    /// moments hold is one read.
    /// </summary>
    Task<List<KindWindow>> CountEachKindAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<EntityKind> kinds, int cap, CancellationToken cancellationToken) =>
        KindCounting.CountEachKindAsync(kinds, cap,
            () => NewestWindowsAsync(db, query, kinds.Count == 1 ? kinds[0] : null, cap, cancellationToken),
            reads => NewestOfEachKindAsync(db, query, reads, cancellationToken));

    /// <summary>
    /// What a search reads of its matches: each kind counted as <see cref="CountEachKindAsync"/> counts it, and the
    /// best-ranked <paramref name="perKind"/> of each kind's newest <see cref="SiteSearch.RankCap"/> as
    /// <see cref="TopRankedAsync"/> ranks them (by kind, rank, entity id). A store may do both in the same reads.
    /// </summary>
    async Task<(List<KindWindow> Windows, List<SearchHit> Ranked)> CountAndRankEachKindAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<EntityKind> kinds, int cap,
        int perKind, CancellationToken cancellationToken)
    {
        var windows = await CountEachKindAsync(db, query, kinds, cap, cancellationToken);
        return (windows, await TopRankedAsync(db, query, windows.Select(w => w with { Lowest = w.RankedLowest }).ToList(), perKind, cancellationToken));
    }

    /// <summary>The newest <paramref name="count"/> matches of a kind below a position, unranked (a page past the ranked ones).</summary>
    Task<List<SearchHit>> NewestBelowAsync(KdramaDbContext db, SearchQuery query, EntityKind kind, long below, int count, CancellationToken cancellationToken);

    /// <summary>
    /// The best-ranked <paramref name="perKind"/> matches of each window's kind inside its window (rank, then entity
    /// id), in one command, so ranking costs one pass over the words' posting lists whatever the number of kinds.
    /// </summary>
    Task<List<SearchHit>> TopRankedAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<KindWindow> windows, int perKind, CancellationToken cancellationToken);

    /// <summary>
    /// The query as this store reads it fastest, matching the same entries but where a prefix stands for more indexed
    /// words than a search reads (<see cref="SearchQuery.PrefixTerms"/>).
    /// </summary>
    Task<SearchQuery> ExpandPrefixesAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The query with what ranking it needs counted beforehand (<see cref="SearchQuery.PhraseEntries"/>), to be kept
    /// per catalogue version: on SQLite each phrase's matching entries when there are several, which bm25 would count
    /// by a pass over the phrases' whole posting lists at every search; PostgreSQL's ts_rank needs none.
    /// </summary>
    Task<SearchQuery> CountPhrasesAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Whether anything matches (one row read, no ranking).</summary>
    Task<bool> AnyMatchAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Whether some entry's names hold these words in this order.</summary>
    Task<bool> HasNameAsync(KdramaDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken);

    /// <summary>The index's own vocabulary of one field, with document counts.</summary>
    Task<IReadOnlyList<SearchTerm>> TermsAsync(KdramaDbContext db, SearchField field, CancellationToken cancellationToken);
}

/// <summary>How a search counts each kind's matches from two kinds of read (see <see cref="ISearchStore.CountEachKindAsync"/>).</summary>
internal static class KindCounting
{
    /// <summary>
    /// The newest of all kinds first (<paramref name="newest"/>), which counts every kind when they come to at most the
    /// cap; past it, the kind the read stopped in is read on below and the kinds below it each from its own newest
    /// (<paramref name="ofEach"/>, one command).
    /// </summary>
    public static async Task<List<KindWindow>> CountEachKindAsync(IReadOnlyList<EntityKind> kinds, int cap, Func<Task<List<KindWindow>>> newest,
        Func<IReadOnlyList<KindRead>, Task<List<KindWindow>>> ofEach)
    {
        var first = await newest();
        if (first.Sum(w => w.Count) <= cap)
        {
            return first;
        }
        var reached = first.Min(w => w.Kind);
        var whole = first.Where(w => w.Kind > reached || w.Count > cap).ToList();
        // The kind the read stopped in: its newest matches are counted, the rest lie below the oldest of them.
        var cut = whole.Any(w => w.Kind == reached) ? null : first.Single(w => w.Kind == reached);
        var reads = kinds.Where(k => k <= reached && whole.All(w => w.Kind != k))
            .Select(k => k == cut?.Kind ? KindRead.Continuing(cut, cap) : new KindRead(k, long.MaxValue, cap, SiteSearch.RankCap))
            .ToList();
        if (reads.Count == 0)
        {
            return whole;
        }
        var more = await ofEach(reads);
        var counted = more.Select(w => w.Kind == cut?.Kind ? KindRead.Joined(cut, w, cap) : w).ToList();
        if (cut is not null && counted.All(w => w.Kind != cut.Kind))
        {
            counted.Add(cut);
        }
        return [.. whole, .. counted];
    }
}

/// <summary>A store's reads of hits and windows, each one raw command (<see cref="RawRows"/>).</summary>
internal static class SearchHitReader
{
    /// <summary>The command's rows as hits: column 0 the position (<see cref="SearchKinds.RowId"/>), column 1 the rank. Parameters are {0}, {1}… in the SQL.</summary>
    public static Task<List<SearchHit>> ReadAsync(KdramaDbContext db, string sql, object[] parameters, CancellationToken cancellationToken) =>
        RawRows.ReadAsync(db, sql, parameters, row =>
        {
            var position = row.GetInt64(0);
            return new SearchHit(position, SearchKinds.KindOf(position), SearchKinds.IdOf(position), row.GetDouble(1));
        }, cancellationToken);

    /// <summary>The command's rows as windows: kind, count, lowest, highest and lowest ranked position (a kind without matches has none).</summary>
    public static async Task<List<KindWindow>> ReadWindowsAsync(KdramaDbContext db, string sql, object[] parameters, CancellationToken cancellationToken) =>
        (await RawRows.ReadAsync(db, sql, parameters, row => row.IsDBNull(2)
            ? null
            : new KindWindow((EntityKind)row.GetInt32(0), row.GetInt32(1), row.GetInt64(2), row.GetInt64(3), row.GetInt64(4)), cancellationToken))
        .OfType<KindWindow>().ToList();

    /// <summary>Whether the command returns a row.</summary>
    public static async Task<bool> AnyRowAsync(KdramaDbContext db, string sql, object[] parameters, CancellationToken cancellationToken) =>
        (await RawRows.ReadAsync(db, sql, parameters, _ => true, cancellationToken)).Count > 0;

}
