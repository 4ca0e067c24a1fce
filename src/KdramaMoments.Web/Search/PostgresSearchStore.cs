using System.Globalization;
using System.Text;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Search;

/// <summary>
/// The index on PostgreSQL: <c>search_entries (kind, entity_id, document tsvector)</c> with a GIN index. The
/// document is written from the same folded words FTS5 indexes, as a tsvector literal (no text-search parser or
/// dictionary in between, so both stores hold exactly the same words), names weighted B, quotes A, the rest D.
/// Queries are tsquery literals of quoted folded words with <c>:*</c> prefixes, ranked by <c>ts_rank</c>.
/// </summary>
public sealed class PostgresSearchStore : ISearchStore
{
    public static PostgresSearchStore Instance { get; } = new();

    // ts_rank's weights are given as {D, C, B, A}: the ratios of FTS5's bm25 weights (body 1, names 8, quotes 12).
    private const string Weights = "{0.083, 0.2, 0.667, 1.0}";
    private const int MaxPosition = 16383; // tsvector positions stop there
    private const int MaxPositionsPerWord = 255; // and keep at most this many per word
    private const int MaxWordBytes = 2046; // the longest lexeme PostgreSQL accepts

    private PostgresSearchStore()
    {
    }

    public async Task ReplaceAsync(KdramaDbContext db, EntityKind kind, IReadOnlyCollection<int> ids, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        var code = (short)kind;
        var deleted = ids.ToArray();
        await db.Database.ExecuteSqlAsync($"DELETE FROM search_entries WHERE kind = {code} AND entity_id = ANY({deleted})", cancellationToken);
        if (entries.Count == 0)
        {
            return;
        }
        var entityIds = entries.Select(e => e.Id).ToArray();
        var documents = entries.Select(Document).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO search_entries (kind, entity_id, document) SELECT {code}, e.id, e.document::tsvector FROM unnest({entityIds}, {documents}) AS e(id, document)",
            cancellationToken);
    }

    public async Task ClearAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("DELETE FROM search_entries", cancellationToken);

    // A bulk write leaves many entries in the GIN index's pending list (fastupdate), which every search scans in full
    // until a vacuum merges it: merged now, as the rebuild ends.
    public async Task CompactAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("SELECT gin_clean_pending_list('search_entries_document'::regclass)", cancellationToken);

    public async Task<bool> AnyAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<bool>("SELECT EXISTS (SELECT 1 FROM search_entries) AS \"Value\"").SingleAsync(cancellationToken);

    public async Task<long> CountAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM search_entries").SingleAsync(cancellationToken);

    // ts_rank is higher for better; negated so both stores sort ascending. Normalisation 1 divides by
    // 1 + log(document length), as bm25 favours short entries.
    public IQueryable<SearchHit> Hits(KdramaDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT (kind::bigint << 32) + entity_id AS "Position", kind::int AS "Kind", entity_id AS "EntityId", -ts_rank({Weights}::float4[], document, q.query, 1)::float8 AS "Rank"
            FROM search_entries, (SELECT {QueryExpression(query)}::tsquery AS query) AS q
            WHERE document @@ q.query
            """);

    public Task<List<KindWindow>> NewestWindowsAsync(KdramaDbContext db, SearchQuery query, EntityKind? kind, int cap, CancellationToken cancellationToken) =>
        SearchHitReader.ReadWindowsAsync(db, Invariant($$"""
            SELECT kind, count(*)::int, min(position) FILTER (WHERE place <= {{cap}}), max(position), min(position) FILTER (WHERE place <= {{SiteSearch.RankCap}}) FROM (
              SELECT kind, position, row_number() OVER (PARTITION BY kind ORDER BY position DESC) AS place FROM (
                SELECT kind::int AS kind, (kind::bigint << 32) + entity_id AS position FROM search_entries
                WHERE document @@ {0}::tsquery{{(kind is null ? "" : $" AND kind = {(int)kind}")}}
                ORDER BY position DESC LIMIT {{cap + 1}}) AS newest) AS placed
            GROUP BY kind
            """), [QueryExpression(query)], cancellationToken);

    public Task<List<KindWindow>> NewestOfEachKindAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<KindRead> reads, CancellationToken cancellationToken) =>
        reads.Count == 0 ? Task.FromResult(new List<KindWindow>()) : SearchHitReader.ReadWindowsAsync(db, string.Join("\nUNION ALL\n", reads.Select(read => Invariant($$"""
            SELECT {{(int)read.Kind}}, count(*)::int, min(position) FILTER (WHERE place <= {{read.Cap}}), max(position), min(position) FILTER (WHERE place <= {{read.RankCap}}) FROM (
              SELECT position, row_number() OVER (ORDER BY position DESC) AS place FROM (
                SELECT (kind::bigint << 32) + entity_id AS position FROM search_entries
                WHERE document @@ {0}::tsquery AND kind = {{(int)read.Kind}}{{(read.Below == long.MaxValue ? "" : Invariant($" AND entity_id < {SearchKinds.IdOf(read.Below)}"))}}
                ORDER BY position DESC LIMIT {{read.Cap + 1}}) AS newest) AS placed
            """))), [QueryExpression(query)], cancellationToken);

    public Task<List<SearchHit>> NewestBelowAsync(KdramaDbContext db, SearchQuery query, EntityKind kind, long below, int count, CancellationToken cancellationToken) =>
        SearchHitReader.ReadAsync(db, Invariant($$"""
            SELECT (kind::bigint << 32) + entity_id AS position, 0.0::float8 FROM search_entries
            WHERE document @@ {0}::tsquery AND kind = {{(int)kind}} AND entity_id < {{SearchKinds.IdOf(below)}}
            ORDER BY position DESC LIMIT {{count}}
            """), [QueryExpression(query)], cancellationToken);

    public Task<List<SearchHit>> TopRankedAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<KindWindow> windows, int perKind, CancellationToken cancellationToken) =>
        windows.Count == 0 ? Task.FromResult(new List<SearchHit>()) : SearchHitReader.ReadAsync(db, Invariant($$"""
            SELECT position, rank FROM (
              SELECT position, rank, row_number() OVER (PARTITION BY position >> 32 ORDER BY rank, position & 4294967295) AS place FROM (
                SELECT (kind::bigint << 32) + entity_id AS position, -ts_rank({1}::float4[], document, q.query, 1)::float8 AS rank
                FROM search_entries, (SELECT {0}::tsquery AS query) AS q
                WHERE document @@ q.query AND ({{string.Join(" OR ", windows.Select(w => Invariant($"(kind = {(int)w.Kind} AND entity_id BETWEEN {SearchKinds.IdOf(w.Lowest)} AND {SearchKinds.IdOf(w.Highest)})")))}})) AS hits) AS placed
            WHERE place <= {{perKind}} ORDER BY position >> 32, place
            """), [QueryExpression(query), Weights], cancellationToken);

    // A prefix is a GIN index range on PostgreSQL, read as it is.
    public Task<SearchQuery> ExpandPrefixesAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken) => Task.FromResult(query);

    public Task<SearchQuery> CountPhrasesAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken) => Task.FromResult(query);

    public Task<bool> AnyMatchAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken) =>
        SearchHitReader.AnyRowAsync(db, "SELECT 1 FROM search_entries WHERE document @@ {0}::tsquery LIMIT 1", [QueryExpression(query)], cancellationToken);

    public Task<bool> HasNameAsync(KdramaDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken) =>
        SearchHitReader.AnyRowAsync(db, "SELECT 1 FROM search_entries WHERE document @@ {0}::tsquery LIMIT 1", [string.Join(" <-> ", words.Select(w => Lexeme(w) + ":B"))], cancellationToken);

    private static string Invariant(FormattableString sql) => FormattableString.Invariant(sql);

    public async Task<IReadOnlyList<SearchTerm>> TermsAsync(KdramaDbContext db, SearchField field, CancellationToken cancellationToken)
    {
        var weight = char.ToLowerInvariant(Weight(field)).ToString();
        return await db.Database.SqlQuery<SearchTerm>($"SELECT word AS \"Term\", ndoc::bigint AS \"Documents\" FROM ts_stat('SELECT document FROM search_entries', {weight})").ToListAsync(cancellationToken);
    }

    private static char Weight(SearchField field) => field switch
    {
        SearchField.Quotes => 'A',
        SearchField.Names => 'B',
        _ => 'D',
    };

    /// <summary>The entry as a tsvector literal: each word with its positions and its field's weight; a gap between fields keeps phrases inside one.</summary>
    internal static string Document(SearchEntry entry)
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var (text, field) in new[] { (entry.Names, SearchField.Names), (entry.Quotes, SearchField.Quotes), (entry.Body, SearchField.Body) })
        {
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                position = Math.Min(position + 1, MaxPosition);
                if (Encoding.UTF8.GetByteCount(word) > MaxWordBytes)
                {
                    continue;
                }
                if (!words.TryGetValue(word, out var positions))
                {
                    words[word] = positions = [];
                }
                if (positions.Count < MaxPositionsPerWord)
                {
                    positions.Add(position.ToString(CultureInfo.InvariantCulture) + Weight(field));
                }
            }
            position = Math.Min(position + 1, MaxPosition);
        }
        return string.Join(' ', words.Select(w => Lexeme(w.Key) + ":" + string.Join(',', w.Value)));
    }

    /// <summary>Every typed word must appear, as any of its forms (see <see cref="SearchQuery.Alternatives"/>).</summary>
    internal static string QueryExpression(SearchQuery query) => string.Join(" & ", query.Alternatives().Select(term =>
        "(" + string.Join(" | ", term.Select(alternative =>
            string.Join(" <-> ", alternative.Words.Select((word, i) => Lexeme(word) + (alternative.Prefix && i == alternative.Words.Count - 1 ? ":*" : ""))))) + ")"));

    // Folded words hold only letters and digits; quoting (with ' and \ escaped all the same) makes any word a plain lexeme.
    private static string Lexeme(string word) =>
        "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
