using System.Globalization;
using System.Text;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KdramaMoments.Web.Search;

/// <summary>
/// The FTS5 table <c>search_entries</c> (contentless, columns names, quotes, body; prefix indexes of 2 to 5
/// letters) and its vocabulary tables <c>search_terms</c> (per field) and <c>search_words</c> (<see cref="WordsTable"/>). The rowid (see <see cref="SearchKinds.RowId"/>) says which
/// entity a row is, so replacing a row is a keyed delete, not a table scan, and holds each kind's entries in one range.
/// </summary>
public sealed class SqliteSearchStore : ISearchStore
{
    public const string Table = "search_entries";

    /// <summary>
    /// The index's words, one row each with how many entries hold it (fts5vocab 'row', migration SearchWords): what a
    /// prefix's expansion reads, whose walk counts each word's entries anyway (fts5vocab skips deleted entries, as a
    /// MATCH does), so those counts come with the words where ranking would count them again by a MATCH.
    /// </summary>
    public const string WordsTable = "search_words";

    /// <summary>The statement that makes <see cref="WordsTable"/> (migration SearchWords).</summary>
    public static string CreateWordsTable => $"CREATE VIRTUAL TABLE IF NOT EXISTS {WordsTable} USING fts5vocab({Table}, 'row');";

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

    // A bulk write leaves FTS5 several segments (11 after generate's 100,000 moments), each holding part of every
    // word's list: a read newest first opens and walks each of them. Merged into one, a count of a thousand matches
    // read a third less (0.64 → 0.41–0.47 ms for "stay with me" at 100k); 3 s at 100k. Later saves add small segments
    // that FTS5's automerge folds in as usual.
    public async Task CompactAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO {Table} ({Table}) VALUES ('optimize');", cancellationToken);

    public async Task<bool> AnyAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<bool>($"SELECT EXISTS (SELECT 1 FROM {Table}) AS \"Value\"").SingleAsync(cancellationToken);

    public async Task<long> CountAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<long>($"SELECT count(*) AS \"Value\" FROM {Table}").SingleAsync(cancellationToken);

    // Column weights follow the table's columns: names, quotes, body; bm25 is lower for better. The rowid is the entry's
    // key (kind × 2³² + id). Ordering by it (Position) lets FTS5 stop reading at a LIMIT, where ordering by rank must
    // rank every match first.
    public IQueryable<SearchHit> Hits(KdramaDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<SearchHit>($"SELECT rowid AS Position, rowid >> 32 AS Kind, rowid & 4294967295 AS EntityId, bm25(search_entries, 8.0, 12.0, 1.0) AS Rank FROM search_entries WHERE search_entries MATCH {MatchExpression(query)}");

    // Windows are read without bm25: its first call passes over every word's whole posting list (to count the entries
    // holding it), once per command, so only TopRankedAsync ranks. One cursor from the top of the kinds' ranges down.
    public Task<List<KindWindow>> NewestWindowsAsync(KdramaDbContext db, SearchQuery query, EntityKind? kind, int cap, CancellationToken cancellationToken) =>
        TallyWindowsAsync(db, query, [NewestRead(kind, cap)], null, null, cancellationToken);

    // One cursor per kind, each seeking to the top of its kind's range (or below where a read stopped) and stopping at
    // its LIMIT: no kind walks the matches of another.
    public Task<List<KindWindow>> NewestOfEachKindAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<KindRead> reads, CancellationToken cancellationToken) =>
        TallyWindowsAsync(db, query, WindowReads(reads), null, null, cancellationToken);

    /// <summary>A read of the newest <see cref="Cap"/> + 1 matching positions from <see cref="Highest"/> down to <see cref="Lowest"/>, windowed at the cap-th and the rank cap-th of each kind.</summary>
    private sealed record WindowRead(long Lowest, long Highest, int Cap, int RankCap);

    /// <summary>The read of one kind's range, or of every searchable kind's ranges (null), from the top down.</summary>
    private static WindowRead NewestRead(EntityKind? kind, int cap)
    {
        var (first, last) = kind is { } one ? (one, one) : (EntityKinds.Searchable.Min(), EntityKinds.Searchable.Max());
        return new WindowRead(SearchKinds.FirstRowId(first), SearchKinds.LastRowId(last), cap, SiteSearch.RankCap);
    }

    private static List<WindowRead> WindowReads(IReadOnlyList<KindRead> reads) =>
        reads.Select(read => new WindowRead(SearchKinds.FirstRowId(read.Kind), Math.Min(SearchKinds.LastRowId(read.Kind), read.Below - 1), read.Cap, read.RankCap)).ToList();

    /// <summary>
    /// Each kind's window over the positions these reads find, in one command: kdrama_window
    /// (<see cref="Fts5Ranking.WindowFunction"/>) counts each row into the command's tally (<see cref="Fts5WindowTally"/>)
    /// as the read passes it, and with <paramref name="rankArguments"/> ranks each kind's first rank cap rows into
    /// <paramref name="ranked"/>; each read's own row is only its count of rows, to check the tally by. No aggregate
    /// sorts the rows by kind and no row crosses into .NET but through the function: an aggregate grouping the rows
    /// by kind cost as much as the read itself.
    /// </summary>
    private static async Task<List<KindWindow>> TallyWindowsAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<WindowRead> reads, string? rankArguments,
        List<SearchHit>? ranked, CancellationToken cancellationToken)
    {
        if (reads.Count == 0)
        {
            return [];
        }
        using var tally = Fts5WindowTally.Start(reads.Count);
        var rank = rankArguments is null ? "" : ", " + rankArguments;
        var sql = string.Join("\nUNION ALL\n", reads.Select((read, i) => Invariant($$"""
            SELECT {{i}}, count(*), max(w) FROM (SELECT {{Fts5Ranking.WindowFunction}}(search_entries, {1}, {{i}}, {{read.Cap}}, {{read.RankCap}}{{rank}}) AS w
            FROM search_entries WHERE search_entries MATCH {0} AND rowid BETWEEN {{read.Lowest}} AND {{read.Highest}} ORDER BY rowid DESC LIMIT {{read.Cap + 1}})
            """)));
        var rows = new int[reads.Count];
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            Fts5Ranking.Register((SqliteConnection)db.Database.GetDbConnection());
            await RawRows.ReadEachAsync(db, sql, [MatchExpression(query), tally.Token], row => rows[row.GetInt32(0)] = row.GetInt32(1), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        for (var i = 0; i < reads.Count; i++)
        {
            if (tally.Rows(i) != rows[i])
            {
                throw new InvalidOperationException($"The search's read {i} gave {rows[i]} rows but counted {tally.Rows(i)}: {Fts5Ranking.WindowFunction} was not called for each row.");
            }
        }
        ranked?.AddRange(tally.Ranked);
        return reads.SelectMany((_, i) => tally.Windows(i)).ToList();
    }

    public Task<List<SearchHit>> NewestBelowAsync(KdramaDbContext db, SearchQuery query, EntityKind kind, long below, int count, CancellationToken cancellationToken) =>
        SearchHitReader.ReadAsync(db, Invariant($$"""
            SELECT rowid, 0.0 FROM search_entries
            WHERE search_entries MATCH {0} AND rowid >= {{SearchKinds.FirstRowId(kind)}} AND rowid < {{below}}
            ORDER BY rowid DESC LIMIT {{count}}
            """), [MatchExpression(query)], cancellationToken);

    // One rank pass for every kind: the windows' span bounds the read (the kinds' ranges lie side by side, moments
    // lowest, so it holds the ranked moments and the other kinds' matches, not the moments' older ones), and rows
    // outside every window are dropped before the rank is computed for them. The rows come back in the order shown (kind,
    // rank, id) and each kind's best are taken here: a window holds no more than a kind ranks, so a window function
    // numbering them would cut nothing, and cost a second sort. The rank is bm25's, by kdrama_bm25 (Fts5Ranking) when the
    // phrases' entry counts need no pass over their posting lists: one phrase, or counted (CountPhrasesAsync).
    public async Task<List<SearchHit>> TopRankedAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<KindWindow> windows, int perKind, CancellationToken cancellationToken)
    {
        if (windows.Count == 0)
        {
            return [];
        }
        var arguments = RankArguments(query);
        var counted = arguments is not null;
        var rank = counted ? $"{Fts5Ranking.Function}(search_entries, {arguments})" : $"bm25(search_entries, {Weights})";
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (counted)
            {
                Fts5Ranking.Register((SqliteConnection)db.Database.GetDbConnection());
            }
            var hits = await SearchHitReader.ReadAsync(db, Invariant($$"""
                SELECT rowid, {{rank}} AS rank FROM search_entries
                WHERE search_entries MATCH {0} AND rowid BETWEEN {{windows.Min(w => w.Lowest)}} AND {{windows.Max(w => w.Highest)}}
                AND ({{string.Join(" OR ", windows.Select(w => Invariant($"rowid BETWEEN {w.Lowest} AND {w.Highest}")))}})
                ORDER BY rowid >> 32, rank, rowid & 4294967295
                """), [MatchExpression(query)], cancellationToken);
            return hits.GroupBy(h => h.Kind).SelectMany(kind => kind.Take(perKind)).ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// kdrama_bm25's arguments after the table (<see cref="Fts5Ranking"/>): the weights and each phrase's count of entries,
    /// or null when the query's phrases were not counted (<see cref="CountPhrasesAsync"/>), which only bm25 can then rank.
    /// </summary>
    private static string? RankArguments(SearchQuery query)
    {
        var phrases = Phrases(query).SelectMany(term => term).ToList();
        return phrases.Count == 1 || phrases.All(query.PhraseEntries.ContainsKey)
            ? Invariant($"{Weights}, {string.Join(", ", phrases.Select(p => (phrases.Count == 1 ? -1 : query.PhraseEntries[p]).ToString(CultureInfo.InvariantCulture)))}")
            : null;
    }

    /// <summary>
    /// Counting and ranking in the same reads: each counting read (<see cref="ISearchStore.CountEachKindAsync"/>) ranks, by
    /// kdrama_window with kdrama_bm25's arguments, the first rows of each kind it reads newest first, as many as the
    /// kind's window ranks, and returns them with the windows. The ranking read that otherwise follows (<see cref="TopRankedAsync"/>) walked the
    /// same posting lists again over the windows' span (for a rare pair of words, such as "park min-young", every moment's),
    /// and cost a command. Each kind's ranked rows are checked against its window (as many as it ranks, inside it); should
    /// they not be, the kinds are ranked by <see cref="TopRankedAsync"/>, as when the phrases were not counted.
    /// </summary>
    public async Task<(List<KindWindow> Windows, List<SearchHit> Ranked)> CountAndRankEachKindAsync(KdramaDbContext db, SearchQuery query, IReadOnlyList<EntityKind> kinds,
        int cap, int perKind, CancellationToken cancellationToken)
    {
        List<KindWindow> windows;
        if (RankArguments(query) is not { } arguments)
        {
            windows = await ((ISearchStore)this).CountEachKindAsync(db, query, kinds, cap, cancellationToken);
            return (windows, await TopRankedAsync(db, query, windows.Select(w => w with { Lowest = w.RankedLowest }).ToList(), perKind, cancellationToken));
        }
        var ranked = new List<SearchHit>();
        // One connection for the reads and a ranking read after them; each registers the functions it calls.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            windows = await KindCounting.CountEachKindAsync(kinds, cap,
                () => TallyWindowsAsync(db, query, [NewestRead(kinds.Count == 1 ? kinds[0] : null, cap)], arguments, ranked, cancellationToken),
                reads => TallyWindowsAsync(db, query, WindowReads(reads), arguments, ranked, cancellationToken));
            var top = new List<SearchHit>();
            foreach (var window in windows.OrderBy(w => w.Kind))
            {
                var kindRanked = ranked.Where(h => h.Kind == (int)window.Kind && h.Position >= window.RankedLowest && h.Position <= window.Highest).ToList();
                if (kindRanked.Count != Math.Min(window.Count, SiteSearch.RankCap))
                {
                    return (windows, await TopRankedAsync(db, query, windows.Select(w => w with { Lowest = w.RankedLowest }).ToList(), perKind, cancellationToken));
                }
                top.AddRange(kindRanked.OrderBy(h => h.Rank).ThenBy(h => h.EntityId).Take(perKind));
            }
            return (windows, top);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>bm25's column weights, in the table's column order: names, quotes, body (as in <see cref="Hits"/>).</summary>
    private const string Weights = "8.0, 12.0, 1.0";

    /// <summary>
    /// Each phrase's count of matching entries, what bm25 counts at its first call in a command (for its IDFs) by a
    /// pass over the phrase's whole posting list: counted here once, to be kept with the query per catalogue version,
    /// so ranking (<see cref="TopRankedAsync"/>) reads only the rows it ranks. A query of one phrase needs none.
    /// </summary>
    public async Task<SearchQuery> CountPhrasesAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        var phrases = Phrases(query).SelectMany(term => term).Distinct(StringComparer.Ordinal).ToList();
        // A word of a prefix's expansion came counted with it (ExpandPrefixesAsync): only the other phrases are counted.
        var uncounted = phrases.Where(p => !query.PhraseEntries.ContainsKey(p)).ToList();
        if (phrases.Count < 2 || uncounted.Count == 0)
        {
            return query;
        }
        // One command for every phrase (a prefix read as its words is several): each row says which phrase it counts.
        var sql = string.Join(" UNION ALL ", uncounted.Select((_, i) =>
            Invariant($"SELECT {i}, count(*) FROM search_entries WHERE search_entries MATCH {{{i}}}")));
        var counts = await RawRows.ReadAsync(db, sql, uncounted.ToArray<object>(), row => (Phrase: row.GetInt32(0), Entries: row.GetInt64(1)), cancellationToken);
        return query.WithPhraseEntries(counts.ToDictionary(c => uncounted[c.Phrase], c => c.Entries, StringComparer.Ordinal)
            .Concat(query.PhraseEntries).ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>A prefix that begins at most this many indexed words is read as those words.</summary>
    public const int MaxPrefixTerms = 16;

    // Prefixes longer than this are read as their words when they begin few. The table's prefix indexes reach 5 bytes
    // (migration SearchLongerPrefixes), which makes a 4- or 5-letter prefix that begins many words one posting list;
    // one that begins few is still read as its words, as before those indexes: bm25 weighs each word of the expansion
    // on its own, so reading it as one prefix would order the same matches differently.
    private const int LongestIndexedPrefix = 3;

    /// <summary>
    /// A prefix of 6 letters or more has no prefix index: every FTS5 cursor reading it merges the posting lists of every
    /// word it begins into one before its first row, whatever the LIMIT, and bm25 merges them again ("goodbye",
    /// "confess": four cursors a search). When the vocabulary says the prefix begins only a few indexed words, it is read
    /// as those words, which a cursor reads side by side and stops at the LIMIT: the same entries match. A prefix that
    /// begins more stays a prefix, as each word would cost a cursor a seek; of 4 or 5 letters ("young", "moon":
    /// thousands of joined names) that is one posting list of the prefix indexes.
    /// </summary>
    public async Task<SearchQuery> ExpandPrefixesAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        var expansions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var shorter = new Dictionary<string, string>(StringComparer.Ordinal);
        var wordEntries = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var prefix in query.Prefixes.Where(p => Encoding.UTF8.GetByteCount(p) > LongestIndexedPrefix))
        {
            var words = await WordsBetweenAsync(db, prefix, prefix + LastCharacter, MaxPrefixTerms + 1, cancellationToken);
            if (words.Count <= MaxPrefixTerms)
            {
                expansions[prefix] = words.Select(w => w.Term).ToList();
                // Each word as a phrase of its own, as Phrases writes it, with the entries holding it (CountPhrasesAsync).
                foreach (var word in words)
                {
                    wordEntries[Quoted(word.Term)] = word.Entries;
                }
            }
            else if (await IndexedPrefixAsync(db, prefix, cancellationToken) is { } indexed)
            {
                shorter[prefix] = indexed;
            }
        }
        return expansions.Count == 0 && shorter.Count == 0 ? query : query.WithPrefixTerms(expansions, shorter).WithPhraseEntries(wordEntries);
    }

    /// <summary>The longest prefix the table's prefix indexes hold, in letters (migration SearchLongerPrefixes).</summary>
    private const int PrefixIndexLetters = 5;

    private static readonly string LastCharacter = char.ConvertFromUtf32(0x10FFFF);

    /// <summary>
    /// For a prefix longer than the prefix indexes that begins many words ("goblin": thousands of joined names), its
    /// first five letters when every indexed word they begin also begins with it: the same words, so the same matches
    /// and the same bm25, read as one posting list of the prefix index where every cursor merged all of theirs (at a
    /// million entries 30–50 ms a cursor, a search has three to five). Letters only as ASCII (the indexes count characters).
    /// </summary>
    private static async Task<string?> IndexedPrefixAsync(KdramaDbContext db, string prefix, CancellationToken cancellationToken)
    {
        if (prefix.Length <= PrefixIndexLetters || !Ascii.IsValid(prefix))
        {
            return null;
        }
        var indexed = prefix[..PrefixIndexLetters];
        // The words the five letters begin but the prefix does not sort just before it or just after all it begins.
        var others = await WordsBetweenAsync(db, indexed, prefix, 1, cancellationToken);
        if (others.Count == 0)
        {
            others = await WordsBetweenAsync(db, prefix + LastCharacter, indexed + LastCharacter, 1, cancellationToken);
        }
        return others.Count == 0 ? indexed : null;
    }

    /// <summary>
    /// The indexed words from <paramref name="from"/> up to <paramref name="before"/> in order, at most <paramref name="limit"/>,
    /// each with its count of entries (<see cref="WordsTable"/>: one row a word, where the per-field table has up to three).
    /// </summary>
    private static Task<List<(string Term, long Entries)>> WordsBetweenAsync(KdramaDbContext db, string from, string before, int limit, CancellationToken cancellationToken) =>
        RawRows.ReadAsync(db, $"SELECT term, doc FROM {WordsTable} WHERE term >= {{0}} AND term < {{1}} LIMIT {{2}}",
            [from, before, limit], row => (row.GetString(0), row.GetInt64(1)), cancellationToken);

    public Task<bool> AnyMatchAsync(KdramaDbContext db, SearchQuery query, CancellationToken cancellationToken) =>
        SearchHitReader.AnyRowAsync(db, "SELECT 1 FROM search_entries WHERE search_entries MATCH {0} LIMIT 1", [MatchExpression(query)], cancellationToken);

    public Task<bool> HasNameAsync(KdramaDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken) =>
        SearchHitReader.AnyRowAsync(db, "SELECT 1 FROM search_entries WHERE search_entries MATCH {0} LIMIT 1", ["names : " + Quoted(string.Join(' ', words))], cancellationToken);

    private static string Invariant(FormattableString sql) => FormattableString.Invariant(sql);

    public async Task<IReadOnlyList<SearchTerm>> TermsAsync(KdramaDbContext db, SearchField field, CancellationToken cancellationToken)
    {
        var column = field.ToString().ToLowerInvariant();
        return await db.Database.SqlQuery<SearchTerm>($"SELECT term AS Term, doc AS Documents FROM search_terms WHERE col = {column}").ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The MATCH expression: every typed word must appear (as a prefix, so it works while typing). Every term is
    /// quoted, so FTS5 syntax in the input (quotes, -, *, :, ^, parentheses, AND/OR/NOT/NEAR) is only ever words.
    /// </summary>
    internal static string MatchExpression(SearchQuery query) =>
        string.Join(" AND ", Phrases(query).Select(term => "(" + string.Join(" OR ", term) + ")"));

    /// <summary>Per required word, the FTS5 phrases any of which must match, in the order FTS5 numbers them.</summary>
    private static IEnumerable<List<string>> Phrases(SearchQuery query) => query.Alternatives().Select(term =>
    {
        var phrases = new List<string>();
        foreach (var alternative in term)
        {
            if (alternative.Prefix && query.PrefixTerms.TryGetValue(alternative.Words[^1], out var words) && words.Count > 0)
            {
                // The prefix as the indexed words it stands for.
                phrases.AddRange(words.Select(word => Quoted(string.Join(' ', alternative.Words.SkipLast(1).Append(word)))));
                continue;
            }
            if (alternative.Prefix && query.ShorterPrefixes.TryGetValue(alternative.Words[^1], out var indexed))
            {
                // The prefix as a shorter one of the prefix indexes that begins the same words.
                phrases.Add(Quoted(string.Join(' ', alternative.Words.SkipLast(1).Append(indexed))) + "*");
                continue;
            }
            phrases.Add(Quoted(string.Join(' ', alternative.Words)) + (alternative.Prefix ? "*" : ""));
        }
        return phrases;
    });

    // Folded words hold only letters and digits, so a double quote can never appear inside; quoting makes keywords plain words.
    private static string Quoted(string words) => "\"" + words + "\"";
}
