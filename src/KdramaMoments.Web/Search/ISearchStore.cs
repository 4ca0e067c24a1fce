using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

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

    /// <summary>
    /// The newest matches (highest <see cref="SearchHit.Position"/> first) at or below <paramref name="fromPosition"/>, of one
    /// kind or all, at most <paramref name="limit"/>: what <see cref="Hits"/> gives ordered and cut, read by one plain command.
    /// A search without filters reads only this way: composing <see cref="Hits"/> costs EF an ad hoc entity type and a
    /// query compilation per context, more than the read itself.
    /// </summary>
    Task<List<SearchHit>> NewestAsync(KdramaDbContext db, SearchQuery query, EntityKind? kind, long fromPosition, int limit, CancellationToken cancellationToken);

    /// <summary>Whether some entry's names hold these words in this order.</summary>
    Task<bool> HasNameAsync(KdramaDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken);

    /// <summary>The index's own vocabulary of one field, with document counts.</summary>
    Task<IReadOnlyList<SearchTerm>> TermsAsync(KdramaDbContext db, SearchField field, CancellationToken cancellationToken);
}

/// <summary>
/// Runs a store's read of hits as one raw command, the way <c>ExecuteSqlRaw</c> does: on the context's connection and
/// transaction, seen by its interceptors and logs, with no LINQ translation and no ad hoc entity type to map.
/// </summary>
internal static class SearchHitReader
{
    /// <summary>The command's rows as hits: column 0 the position (id × 8 + kind), column 1 the rank. Parameters are {0}, {1}… in the SQL.</summary>
    public static async Task<List<SearchHit>> ReadAsync(KdramaDbContext db, string sql, object[] parameters, CancellationToken cancellationToken)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, parameters);
        var context = new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), command.ParameterValues, null, db,
            db.GetService<IRelationalCommandDiagnosticsLogger>());
        await using var reader = await command.RelationalCommand.ExecuteReaderAsync(context, cancellationToken);
        var hits = new List<SearchHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var position = reader.DbDataReader.GetInt64(0);
            hits.Add(new SearchHit(position, (int)(position % 8), (int)(position / 8), reader.DbDataReader.GetDouble(1)));
        }
        return hits;
    }
}
