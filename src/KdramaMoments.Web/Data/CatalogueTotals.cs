using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Data;

/// <summary>One figure of the whole catalogue kept at write time (see <see cref="CatalogueTotals"/>).</summary>
public sealed class CatalogueTotal
{
    /// <summary>"dramas", "moments", "articles", or "episode:N" (the moments set in episode N).</summary>
    public string Name { get; set; } = "";

    public int Count { get; set; }
}

/// <summary>What the catalogue totals are: its size, and how many moments each episode has.</summary>
public sealed record CatalogueSize(int Dramas, int Moments, int Articles, IReadOnlyList<(int Episode, int Count)> Episodes);

/// <summary>
/// The catalogue's totals (dramas, moments, articles, moments per episode), kept in a small table by every catalogue
/// save (<see cref="StoredCounts"/>) so the home page's figures, the moment list's pager and its unfiltered episode
/// counts read a few rows instead of counting or grouping every moment per request.
/// </summary>
public static class CatalogueTotals
{
    private const string EpisodePrefix = "episode:";

    public static async Task<CatalogueSize> ReadAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.CatalogueTotals.AsNoTracking().ToListAsync(cancellationToken);
        int Total(string name) => rows.FirstOrDefault(r => r.Name == name)?.Count ?? 0;
        var episodes = rows.Where(r => r.Name.StartsWith(EpisodePrefix, StringComparison.Ordinal) && r.Count > 0)
            .Select(r => (Episode: int.Parse(r.Name.AsSpan(EpisodePrefix.Length), NumberStyles.Integer, CultureInfo.InvariantCulture), r.Count))
            .OrderBy(e => e.Episode).ToList();
        return new CatalogueSize(Total("dramas"), Total("moments"), Total("articles"), episodes);
    }

    /// <summary>The three sizes, counted again: moments as the sum of the counts already stored on dramas (a drama per row, not a moment).</summary>
    public static async Task RefreshSizesAsync(KdramaDbContext db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(UpsertSizesSql, cancellationToken);

    /// <summary>The moments of these episodes, counted again on the episode index.</summary>
    public static async Task RefreshEpisodesAsync(KdramaDbContext db, IReadOnlyCollection<int> episodes, CancellationToken cancellationToken)
    {
        foreach (var chunk in episodes.Chunk(500))
        {
            var names = string.Join(", ", chunk.Select(e => $"'{EpisodePrefix}{e.ToString(CultureInfo.InvariantCulture)}'"));
            var numbers = string.Join(", ", chunk.Select(e => e.ToString(CultureInfo.InvariantCulture)));
            // Numbers formatted here, nothing from a request: the SQL is built from them.
            // An episode left with no moment keeps a row of 0; the others are counted again.
            var emptied = $"UPDATE \"CatalogueTotals\" SET \"Count\" = 0 WHERE \"Name\" IN ({names})";
            var counted = InsertEpisodesSql($"\"Episode\" IN ({numbers})") + Upsert;
            await db.Database.ExecuteSqlRawAsync(emptied, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(counted, cancellationToken);
        }
    }

    /// <summary>Every total counted again: after a bulk load, and by the migration that adds the table.</summary>
    public static async Task RefreshAllAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var sql in FillSql)
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    /// <summary>The SQL that fills the table from the rows (the same on SQLite and PostgreSQL).</summary>
    public static IEnumerable<string> FillSql =>
        ["DELETE FROM \"CatalogueTotals\"", InsertSizesSql, InsertEpisodesSql("\"Episode\" IS NOT NULL")];

    // A save's refresh writes over the rows in place (an upsert), never deletes them: two saves at once on PostgreSQL
    // would otherwise both insert the row the first deleted, and the second would fail on the key.
    private const string Upsert = " ON CONFLICT (\"Name\") DO UPDATE SET \"Count\" = excluded.\"Count\"";

    private const string SizesSql =
        "SELECT 'dramas' AS \"Name\", (SELECT COUNT(*) FROM \"Dramas\") AS \"Count\" " +
        "UNION ALL SELECT 'moments', (SELECT COALESCE(SUM(\"MomentCount\"), 0) FROM \"Dramas\") " +
        "UNION ALL SELECT 'articles', (SELECT COUNT(*) FROM \"Articles\")";

    private const string InsertSizesSql = "INSERT INTO \"CatalogueTotals\" (\"Name\", \"Count\") " + SizesSql;

    // "WHERE true": SQLite reads an upsert after a SELECT only when the SELECT has a WHERE clause.
    private const string UpsertSizesSql = "INSERT INTO \"CatalogueTotals\" (\"Name\", \"Count\") SELECT * FROM (" + SizesSql + ") AS sizes WHERE true" + Upsert;

    private static string InsertEpisodesSql(string where) =>
        "INSERT INTO \"CatalogueTotals\" (\"Name\", \"Count\") " +
        $"SELECT '{EpisodePrefix}' || CAST(\"Episode\" AS TEXT), COUNT(*) FROM \"Moments\" WHERE {where} GROUP BY \"Episode\"";
}
