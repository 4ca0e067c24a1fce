using System.Text;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KdramaMoments.Web.Search;

/// <summary>
/// The FTS5 table <c>search_entries</c> (contentless, columns names, quotes, body; 2- and 3-letter prefix
/// indexes) and its vocabulary table <c>search_terms</c>. The rowid (see <see cref="SearchKinds.RowId"/>) says which
/// entity a row is, so replacing a row is a keyed delete, not a table scan.
/// </summary>
public sealed class SqliteSearchStore : ISearchStore
{
    public const string Table = "search_entries";

    public static SqliteSearchStore Instance { get; } = new();

    private SqliteSearchStore()
    {
    }

    public async Task ReplaceAsync(KdramaDbContext db, EntityKind kind, IReadOnlyCollection<int> ids, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {Table} WHERE rowid = $rowid;";
            var deleteRowId = delete.Parameters.Add("$rowid", SqliteType.Integer);
            foreach (var id in ids)
            {
                deleteRowId.Value = SearchKinds.RowId(kind, id);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {Table} (rowid, names, quotes, body) VALUES ($rowid, $names, $quotes, $body);";
            var p = (
                RowId: insert.Parameters.Add("$rowid", SqliteType.Integer),
                Names: insert.Parameters.Add("$names", SqliteType.Text),
                Quotes: insert.Parameters.Add("$quotes", SqliteType.Text),
                Body: insert.Parameters.Add("$body", SqliteType.Text));
            foreach (var entry in entries)
            {
                p.RowId.Value = SearchKinds.RowId(kind, entry.Id);
                p.Names.Value = entry.Names;
                p.Quotes.Value = entry.Quotes;
                p.Body.Value = entry.Body;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task ClearAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO {Table} ({Table}) VALUES ('delete-all');", cancellationToken);

    public async Task<bool> AnyAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<bool>($"SELECT EXISTS (SELECT 1 FROM {Table}) AS \"Value\"").SingleAsync(cancellationToken);

    public async Task<long> CountAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<long>($"SELECT count(*) AS \"Value\" FROM {Table}").SingleAsync(cancellationToken);

    // Column weights follow the table's columns: names, quotes, body. The rowid is id × 8 + kind; bm25 is lower for better.
    // Ordering by the rowid (Position) lets FTS5 stop reading at a LIMIT, where ordering by rank must rank every match first.
    public IQueryable<SearchHit> Hits(KdramaDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<SearchHit>($"SELECT rowid AS Position, rowid % 8 AS Kind, rowid / 8 AS EntityId, bm25(search_entries, 8.0, 12.0, 1.0) AS Rank FROM search_entries WHERE search_entries MATCH {MatchExpression(query)}");

    public Task<List<SearchHit>> NewestAsync(KdramaDbContext db, SearchQuery query, EntityKind? kind, long fromPosition, int limit, CancellationToken cancellationToken) =>
        SearchHitReader.ReadAsync(db,
            "SELECT rowid, bm25(search_entries, 8.0, 12.0, 1.0) FROM search_entries WHERE search_entries MATCH {0} AND rowid <= {1}"
            + (kind is null ? "" : " AND rowid % 8 = {3}") + " ORDER BY rowid DESC LIMIT {2}",
            kind is null ? [MatchExpression(query), fromPosition, limit] : [MatchExpression(query), fromPosition, limit, (int)kind], cancellationToken);

    public Task<bool> HasNameAsync(KdramaDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var match = "names : " + Quoted(string.Join(' ', words));
        return db.Database.SqlQuery<int>($"SELECT 1 AS Value FROM search_entries WHERE search_entries MATCH {match} LIMIT 1").AnyAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SearchTerm>> TermsAsync(KdramaDbContext db, SearchField field, CancellationToken cancellationToken)
    {
        var column = field.ToString().ToLowerInvariant();
        return await db.Database.SqlQuery<SearchTerm>($"SELECT term AS Term, doc AS Documents FROM search_terms WHERE col = {column}").ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The MATCH expression: every typed word must appear (as a prefix, so it works while typing). Every term is
    /// quoted, so FTS5 syntax in the input (quotes, -, *, :, ^, parentheses, AND/OR/NOT/NEAR) is only ever words.
    /// </summary>
    internal static string MatchExpression(SearchQuery query) => string.Join(" AND ", query.Alternatives().Select(term =>
    {
        var sb = new StringBuilder("(");
        foreach (var alternative in term)
        {
            if (sb.Length > 1)
            {
                sb.Append(" OR ");
            }
            sb.Append(Quoted(string.Join(' ', alternative.Words)));
            if (alternative.Prefix)
            {
                sb.Append('*');
            }
        }
        return sb.Append(')').ToString();
    }));

    // Folded words hold only letters and digits, so a double quote can never appear inside; quoting makes keywords plain words.
    private static string Quoted(string words) => "\"" + words + "\"";
}
