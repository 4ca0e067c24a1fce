using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Search;

/// <summary>One indexed entity's folded text in its three weighted fields.</summary>
public sealed record SearchEntry(int Id, string Names, string Quotes, string Body);

/// <summary>
/// One match: which entity, and its rank (lower is better, on both stores). Position is the entry's key
/// (id × 8 + kind), higher for newer entities: ordering by it lets a store stop reading at a LIMIT.
/// </summary>
public sealed record SearchHit(long Position, int Kind, int EntityId, double Rank);

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

    /// <summary>Whether the index holds anything (one row read).</summary>
    Task<bool> AnyAsync(KdramaDbContext db, CancellationToken cancellationToken);

    Task<long> CountAsync(KdramaDbContext db, CancellationToken cancellationToken);

    /// <summary>Every entry holding each typed word (as a prefix from two letters on), ranked; composable, so filters are added with LINQ.</summary>
    IQueryable<SearchHit> Hits(KdramaDbContext db, SearchQuery query);

    /// <summary>Whether some entry's names hold these words in this order.</summary>
    Task<bool> HasNameAsync(KdramaDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken);

    /// <summary>The index's own vocabulary of one field, with document counts.</summary>
    Task<IReadOnlyList<SearchTerm>> TermsAsync(KdramaDbContext db, SearchField field, CancellationToken cancellationToken);
}
