using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Pagination;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Moments;

/// <summary>
/// The editors' moment search: the moments whose title or drama's title holds what was typed, case aside. A LIKE over
/// every title joined to its drama took 106–224 ms a search at 100,000 moments, twice (count and page), and grows with
/// the catalogue; the titles are indexed by their runs of three characters instead, so a search reads only the entries
/// holding them: FTS5's trigram tokenizer on SQLite (<see cref="Table"/>, kept by triggers on <c>Moments</c>,
/// <see cref="Schema"/>), pg_trgm's GIN indexes under the same LIKE on PostgreSQL. Both read the lower-cased title and
/// the drama's title the moment keeps (<see cref="Moment.SortTitle"/>, <see cref="Moment.SortDrama"/>): no join.
/// </summary>
public static class MomentTitleSearch
{
    /// <summary>The SQLite index of the moments' titles: an FTS5 table over <c>Moments</c>' own columns (external content).</summary>
    public const string Table = "moment_titles";

    /// <summary>
    /// The moments of <paramref name="moments"/> whose title or drama's title contains <paramref name="q"/>, and how many
    /// they are, for the page of <paramref name="pageSize"/> rows numbered <paramref name="page"/> of the list's order.
    /// On SQLite, text shorter than a trigram (one or two characters) is looked for by LIKE over every moment, as before:
    /// FTS5 cannot find it.
    /// </summary>
    public static async Task<(IQueryable<Moment> Found, int Count)> SearchAsync(KdramaDbContext db, IQueryable<Moment> moments, string q, int? page, int pageSize,
        CancellationToken cancellationToken)
    {
        var text = q.Replace("\0", "", StringComparison.Ordinal).Trim();
        if (db is PostgresKdramaDbContext || text.EnumerateRunes().Count() < 3)
        {
            var pattern = ListSearch.ContainsPattern(q);
            var found = moments.Where(m => EF.Functions.Like(m.SortTitle, pattern, "\\") || EF.Functions.Like(CaseFold.Lower(m.SortDrama), pattern, "\\"));
            return (found, await found.CountAsync(cancellationToken));
        }
        // One FTS5 phrase (a double quote inside doubled): with the trigram tokenizer, the text anywhere in a column.
        var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // The table's name is written out: an interpolated value here becomes a parameter, and a name cannot be one.
        var ids = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM moment_titles WHERE moment_titles MATCH {phrase}");
        var count = await ids.CountAsync(cancellationToken);
        var catalogue = await CatalogueTotals.ReadAsync(db, CatalogueSizeName.Moments, cancellationToken);
        var pageEnd = (long)Paging.PageNumber(page, count, pageSize) * pageSize;
        // Where matches are dense, walking the list order's index and keeping the matches reaches the page's end sooner
        // (about catalogue ÷ matches × page end entries) than looking every match up and sorting them all; the moment's
        // key is then hidden from the planner (Id + 0), which would look the matches up ("rain", 19,000 of 100,000
        // titles: 24 ms against 7 ms).
        return ((long)count * count > catalogue * pageEnd ? moments.Where(m => ids.Contains(m.Id + 0)) : moments.Where(m => ids.Contains(m.Id)), count);
    }

    /// <summary>The statements that make and fill <see cref="Table"/> and keep it with <c>Moments</c> (migration MomentTitleSearch).</summary>
    public static class Schema
    {
        private const string Columns = "\"SortTitle\", \"SortDrama\"";
        private const string Removed = $"INSERT INTO {Table} ({Table}, rowid, {Columns}) VALUES ('delete', old.\"Id\", old.\"SortTitle\", old.\"SortDrama\");";
        private const string Added = $"INSERT INTO {Table} (rowid, {Columns}) VALUES (new.\"Id\", new.\"SortTitle\", new.\"SortDrama\");";

        /// <summary>The triggers keeping <see cref="Table"/>: a migration that rebuilds <c>Moments</c> drops them, and must make them again.</summary>
        public static readonly IReadOnlyList<string> Triggers = ["moment_titles_insert", "moment_titles_delete", "moment_titles_update"];

        public static readonly IReadOnlyList<string> Create =
        [
            $"CREATE VIRTUAL TABLE {Table} USING fts5({Columns}, content='Moments', content_rowid='Id', tokenize='trigram');",
            $"CREATE TRIGGER {Triggers[0]} AFTER INSERT ON \"Moments\" BEGIN {Added} END;",
            $"CREATE TRIGGER {Triggers[1]} AFTER DELETE ON \"Moments\" BEGIN {Removed} END;",
            // Saves set both keys on every moment they touch: a value left as it was rewrites nothing.
            $"CREATE TRIGGER {Triggers[2]} AFTER UPDATE OF {Columns} ON \"Moments\" "
                + "WHEN old.\"SortTitle\" IS NOT new.\"SortTitle\" OR old.\"SortDrama\" IS NOT new.\"SortDrama\" "
                + $"BEGIN {Removed} {Added} END;",
            $"INSERT INTO {Table} ({Table}) VALUES ('rebuild');",
        ];

        public static readonly IReadOnlyList<string> Drop = [.. Triggers.Select(t => $"DROP TRIGGER IF EXISTS {t};"), $"DROP TABLE IF EXISTS {Table};"];

        /// <summary>PostgreSQL: the trigram indexes its LIKE uses (pg_trgm ships with PostgreSQL and is trusted: a database's owner may add it).</summary>
        public static readonly IReadOnlyList<string> CreatePostgres =
        [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm;",
            "CREATE INDEX \"IX_Moments_SortTitle_Trigrams\" ON \"Moments\" USING gin (\"SortTitle\" gin_trgm_ops);",
            "CREATE INDEX \"IX_Moments_SortDrama_Trigrams\" ON \"Moments\" USING gin (lower(\"SortDrama\") gin_trgm_ops);",
        ];

        public static readonly IReadOnlyList<string> DropPostgres =
            ["DROP INDEX IF EXISTS \"IX_Moments_SortDrama_Trigrams\";", "DROP INDEX IF EXISTS \"IX_Moments_SortTitle_Trigrams\";"];
    }
}
