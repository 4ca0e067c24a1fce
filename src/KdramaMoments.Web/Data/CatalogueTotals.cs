using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Data;

/// <summary>One figure of the whole catalogue kept at write time (see <see cref="CatalogueTotals"/>).</summary>
public sealed class CatalogueTotal
{
    /// <summary>A size ("dramas", "moments", "articles", "actors", "characters", "couples"), "episode:N" (the moments set in episode N) or "year:N" (the moments of dramas of year N).</summary>
    public string Name { get; set; } = "";

    public int Count { get; set; }
}

/// <summary>What the catalogue totals are: its sizes, and how many moments each episode and each drama year has (those with any, in order).</summary>
public sealed record CatalogueSize(int Dramas, int Moments, int Articles, int Actors, int Characters,
    IReadOnlyList<(int Episode, int Count)> Episodes, IReadOnlyList<(int Year, int Count)> Years);

/// <summary>The catalogue's sizes a save can change, each kept as a row of <see cref="CatalogueTotals"/>.</summary>
public enum CatalogueSizeName
{
    Dramas,
    Moments,
    Articles,
    Actors,
    Characters,

    /// <summary>The couples of actors (<see cref="Couples.ActorCouples"/>), each once: added after the others, filled by its own migration.</summary>
    Couples,

    /// <summary>The actors with a co-star (a link kept on them, <see cref="Domain.Actor.CoStarLinks"/>): the co-star map's caption, filled by its own migration.</summary>
    CoStarActors,
}

/// <summary>
/// The catalogue's totals (dramas, moments, articles, actors, characters, moments per episode and per drama year), kept
/// in a small table by every catalogue save (<see cref="StoredCounts"/>) so the home page's figures, the pagers of the
/// moment and actor lists, the moment list's unfiltered episode and decade counts, its year menu and the editors'
/// dashboard read a few rows instead of counting or grouping the catalogue per request.
/// </summary>
public static class CatalogueTotals
{
    private const string EpisodePrefix = "episode:";
    private const string YearPrefix = "year:";

    public static async Task<CatalogueSize> ReadAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.CatalogueTotals.AsNoTracking().ToListAsync(cancellationToken);
        int Total(CatalogueSizeName name) => rows.FirstOrDefault(r => r.Name == RowName(name))?.Count ?? 0;
        List<(int Key, int Count)> Grouped(string prefix) =>
            rows.Where(r => r.Name.StartsWith(prefix, StringComparison.Ordinal) && r.Count > 0)
                .Select(r => (Key: int.Parse(r.Name.AsSpan(prefix.Length), NumberStyles.Integer, CultureInfo.InvariantCulture), r.Count))
                .OrderBy(e => e.Key).ToList();
        return new CatalogueSize(Total(CatalogueSizeName.Dramas), Total(CatalogueSizeName.Moments), Total(CatalogueSizeName.Articles),
            Total(CatalogueSizeName.Actors), Total(CatalogueSizeName.Characters), Grouped(EpisodePrefix), Grouped(YearPrefix));
    }

    /// <summary>One size alone: its row, by its key.</summary>
    public static Task<int> ReadAsync(KdramaDbContext db, CatalogueSizeName name, CancellationToken cancellationToken) =>
        Count(db, name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>One size's row as a query, for a page that reads it within its own command.</summary>
    public static IQueryable<int> Count(KdramaDbContext db, CatalogueSizeName name) =>
        db.CatalogueTotals.AsNoTracking().Where(t => t.Name == RowName(name)).Select(t => t.Count);

    /// <summary>These sizes, counted again (moments as the sum of the counts already stored on dramas: a drama per row, not a moment).</summary>
    public static async Task RefreshSizesAsync(KdramaDbContext db, IReadOnlyCollection<CatalogueSizeName> names, CancellationToken cancellationToken)
    {
        if (names.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(SizesFillSql(names), cancellationToken);
        }
    }

    /// <summary>
    /// Moves these sizes and episodes' counts by what a save added or removed, in place (two saves at once both count): a
    /// save that only adds rows, or removes tracked ones, knows the difference without counting a table or a popular
    /// episode again.
    /// </summary>
    public static async Task AddAsync(KdramaDbContext db, IReadOnlyDictionary<CatalogueSizeName, int> sizes, IReadOnlyDictionary<int, int> episodes, CancellationToken cancellationToken)
    {
        var changes = sizes.Select(s => (Name: RowName(s.Key), Change: s.Value))
            .Concat(episodes.Select(e => (Name: EpisodePrefix + e.Key.ToString(CultureInfo.InvariantCulture), Change: e.Value)))
            .Where(c => c.Change != 0).ToList();
        foreach (var chunk in changes.Chunk(500))
        {
            // Names and numbers formatted here, nothing from a request. An episode new to the catalogue gets its row.
            var values = string.Join(", ", chunk.Select(c => $"('{c.Name}', {c.Change.ToString(CultureInfo.InvariantCulture)})"));
            var add = $"INSERT INTO \"CatalogueTotals\" (\"Name\", \"Count\") VALUES {values} ON CONFLICT (\"Name\") DO UPDATE SET \"Count\" = \"CatalogueTotals\".\"Count\" + excluded.\"Count\"";
            await db.Database.ExecuteSqlRawAsync(add, cancellationToken);
        }
    }

    /// <summary>The moments of dramas of these years, summed again from the counts stored on those dramas (after they are refreshed).</summary>
    public static Task RefreshYearsAsync(KdramaDbContext db, IReadOnlyCollection<int> years, CancellationToken cancellationToken) =>
        RefreshGroupsAsync(db, YearPrefix, years, InsertYearsSql, cancellationToken);

    /// <summary>Every total counted again: after a bulk load.</summary>
    public static async Task RefreshAllAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var sql in FillSql.Append(SizesFillSql(LaterSizes)))
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    /// <summary>
    /// The SQL that fills the table from the rows (the same on SQLite and PostgreSQL), run by the migrations that added
    /// totals: the sizes that existed then (a later size counts tables those migrations run before), episodes and years.
    /// </summary>
    public static IEnumerable<string> FillSql =>
    [
        "DELETE FROM \"CatalogueTotals\"",
        "INSERT INTO \"CatalogueTotals\" (\"Name\", \"Count\") " + SizesSql(Enum.GetValues<CatalogueSizeName>().Except(LaterSizes)),
        InsertEpisodesSql("IS NOT NULL"),
        InsertYearsSql("IS NOT NULL"),
    ];

    /// <summary>These sizes counted again, by a save and by the migration that adds them (an upsert: their rows may be there).</summary>
    // "WHERE true": SQLite reads an upsert after a SELECT only when the SELECT has a WHERE clause.
    public static string SizesFillSql(IEnumerable<CatalogueSizeName> names) =>
        "INSERT INTO \"CatalogueTotals\" (\"Name\", \"Count\") SELECT * FROM (" + SizesSql(names) + ") AS sizes WHERE true" + Upsert;

    // A save's refresh writes over the rows in place (an upsert), never deletes them: two saves at once on PostgreSQL
    // would otherwise both insert the row the first deleted, and the second would fail on the key.
    private const string Upsert = " ON CONFLICT (\"Name\") DO UPDATE SET \"Count\" = excluded.\"Count\"";

    /// <summary>The key of a size's row.</summary>
    public static string RowName(CatalogueSizeName name) => name.ToString().ToLowerInvariant();

    // Sizes added after the migrations that run FillSql, filled by their own.
    private static readonly CatalogueSizeName[] LaterSizes = [CatalogueSizeName.Couples, CatalogueSizeName.CoStarActors];

    // Fixed SQL per name, nothing from a request.
    private static string SizesSql(IEnumerable<CatalogueSizeName> names) =>
        string.Join(" UNION ALL ", names.Distinct().Order().Select(name => $"SELECT '{RowName(name)}' AS \"Name\", ({CountSql(name)}) AS \"Count\""));

    private static string CountSql(CatalogueSizeName name) => name switch
    {
        CatalogueSizeName.Moments => "SELECT COALESCE(SUM(\"MomentCount\"), 0) FROM \"Dramas\"",
        CatalogueSizeName.Couples => Couples.ActorCouples.CountSql,
        CatalogueSizeName.CoStarActors => CoStars.CoStarSync.LinkedActorsCountSql,
        _ => $"SELECT COUNT(*) FROM \"{name}\"",
    };

    /// <summary>Counts the rows of these keys again: a key left with nothing keeps a row of 0, the others are counted by <paramref name="insert"/>.</summary>
    private static async Task RefreshGroupsAsync(KdramaDbContext db, string prefix, IReadOnlyCollection<int> keys, Func<string, string> insert, CancellationToken cancellationToken)
    {
        foreach (var chunk in keys.Chunk(500))
        {
            // Numbers formatted here, nothing from a request: the SQL is built from them.
            var names = string.Join(", ", chunk.Select(k => $"'{prefix}{k.ToString(CultureInfo.InvariantCulture)}'"));
            var numbers = string.Join(", ", chunk.Select(k => k.ToString(CultureInfo.InvariantCulture)));
            var emptied = $"UPDATE \"CatalogueTotals\" SET \"Count\" = 0 WHERE \"Name\" IN ({names})";
            var counted = insert($"IN ({numbers})") + Upsert;
            await db.Database.ExecuteSqlRawAsync(emptied, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(counted, cancellationToken);
        }
    }

    private static string InsertEpisodesSql(string which) =>
        "INSERT INTO \"CatalogueTotals\" (\"Name\", \"Count\") " +
        $"SELECT '{EpisodePrefix}' || CAST(\"Episode\" AS TEXT), COUNT(*) FROM \"Moments\" WHERE \"Episode\" {which} GROUP BY \"Episode\"";

    private static string InsertYearsSql(string which) =>
        "INSERT INTO \"CatalogueTotals\" (\"Name\", \"Count\") " +
        $"SELECT '{YearPrefix}' || CAST(\"Year\" AS TEXT), SUM(\"MomentCount\") FROM \"Dramas\" WHERE \"Year\" {which} GROUP BY \"Year\"";
}
