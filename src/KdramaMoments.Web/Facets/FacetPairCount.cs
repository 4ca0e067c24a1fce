using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Facets;

/// <summary>The facet a <see cref="FacetPairCount"/> value belongs to; its key is a trope's id, a drama year or an episode.</summary>
public enum FacetKind
{
    Tag = 0,
    Year = 1,
    Episode = 2,
}

/// <summary>
/// How many moments carry both facet values (a trope and another trope, a trope and a drama year, a year and an episode…),
/// each pair kept in both directions, the diagonal of tropes included (a trope with itself: its moments). A list narrowed by
/// one facet value or band (<see cref="SingleFacet"/>) reads its panel from the rows led by that value instead of grouping
/// its tens of thousands of moments per request. Kept by every save as a difference (<see cref="Delta"/>): the pairs of
/// the moments a save can change, read before and after it; a popular trope's 25,000 moments are never counted again.
/// </summary>
public sealed class FacetPairCount
{
    public FacetKind FirstKind { get; set; }
    public int FirstKey { get; set; }
    public FacetKind SecondKind { get; set; }
    public int SecondKey { get; set; }
    public int Count { get; set; }

    /// <summary>The SQL that fills the table from every moment (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds it.</summary>
    public static IEnumerable<string> FillSql =>
    [
        "DELETE FROM \"FacetPairCounts\"",
        $"""
        WITH pairs AS ({PairsSql(_ => "true")})
        INSERT INTO "FacetPairCounts" ("FirstKind", "FirstKey", "SecondKind", "SecondKey", "Count")
        SELECT "FirstKind", "FirstKey", "SecondKind", "SecondKey", "Count" FROM pairs
        UNION ALL
        SELECT "SecondKind", "SecondKey", "FirstKind", "FirstKey", "Count" FROM pairs WHERE "FirstKind" <> "SecondKind"
        """,
    ];

    /// <summary>
    /// The pairs of the moments <paramref name="moment"/> keeps (given a moment id column), one direction only (a trope's
    /// pairs with tropes are symmetric already): as <see cref="FacetCounts.CountAsync"/> counts, a trope's on the join rows,
    /// a year's on the year stored on the moment (0, unknown, left out), an episode's where known.
    /// </summary>
    private static string PairsSql(Func<string, string> moment) => $"""
        SELECT {(int)FacetKind.Tag} AS "FirstKind", a."TagsId" AS "FirstKey", {(int)FacetKind.Tag} AS "SecondKind", b."TagsId" AS "SecondKey", CAST(COUNT(*) AS INTEGER) AS "Count"
        FROM "MomentTags" a INNER JOIN "MomentTags" b ON b."MomentsId" = a."MomentsId"
        WHERE {moment("a.\"MomentsId\"")} GROUP BY a."TagsId", b."TagsId"
        UNION ALL
        SELECT {(int)FacetKind.Tag}, mt."TagsId", {(int)FacetKind.Year}, m."SortYear", CAST(COUNT(*) AS INTEGER)
        FROM "MomentTags" mt INNER JOIN "Moments" m ON m."Id" = mt."MomentsId"
        WHERE m."SortYear" <> 0 AND {moment("m.\"Id\"")} GROUP BY mt."TagsId", m."SortYear"
        UNION ALL
        SELECT {(int)FacetKind.Tag}, mt."TagsId", {(int)FacetKind.Episode}, m."Episode", CAST(COUNT(*) AS INTEGER)
        FROM "MomentTags" mt INNER JOIN "Moments" m ON m."Id" = mt."MomentsId"
        WHERE m."Episode" IS NOT NULL AND {moment("m.\"Id\"")} GROUP BY mt."TagsId", m."Episode"
        UNION ALL
        SELECT {(int)FacetKind.Year}, m."SortYear", {(int)FacetKind.Episode}, m."Episode", CAST(COUNT(*) AS INTEGER)
        FROM "Moments" m
        WHERE m."SortYear" <> 0 AND m."Episode" IS NOT NULL AND {moment("m.\"Id\"")} GROUP BY m."SortYear", m."Episode"
        """;

    private sealed record PairRow(int FirstKind, int FirstKey, int SecondKind, int SecondKey, int Count);

    /// <summary>
    /// A save's change to the pairs: the moments whose facet values it can change (added, deleted or edited moments,
    /// their trope rows, the moments of a drama whose year changes) and their pairs as they stood before it. After the save
    /// the same moments' pairs (and those of the moments it added) are read again and only the difference written.
    /// </summary>
    public sealed class Delta
    {
        private readonly HashSet<int> moments;
        private readonly Dictionary<(int, int, int, int), int> before;

        private Delta(HashSet<int> moments, Dictionary<(int, int, int, int), int> before) => (this.moments, this.before) = (moments, before);

        /// <summary>Read before the save, while the join rows a delete removes still stand.</summary>
        public static async Task<Delta> BeforeSaveAsync(KdramaDbContext db, IEnumerable<int> momentIds, IReadOnlyCollection<int> redatedDramas, CancellationToken cancellationToken)
        {
            var moments = momentIds.ToHashSet();
            foreach (var chunk in redatedDramas.Chunk(500))
            {
                moments.UnionWith(await db.Moments.Where(m => chunk.Contains(m.DramaId)).Select(m => m.Id).ToListAsync(cancellationToken));
            }
            return new Delta(moments, await PairsOfAsync(db, moments, cancellationToken));
        }

        /// <summary>
        /// After the save and after the moments' stored years (<see cref="StoredCounts"/>): <paramref name="added"/> may
        /// hold moments the save added (none of their pairs were counted before). A deleted trope's rows go whole: the
        /// database removes its moments' join rows past the save, and no other pair of those moments changes.
        /// </summary>
        public async Task AfterSaveAsync(KdramaDbContext db, IEnumerable<int> added, IReadOnlyCollection<int> tagIds, CancellationToken cancellationToken)
        {
            moments.UnionWith(added);
            var after = await PairsOfAsync(db, moments, cancellationToken);
            var changes = after.Select(p => (p.Key, Change: p.Value - before.GetValueOrDefault(p.Key)))
                .Concat(before.Where(p => !after.ContainsKey(p.Key)).Select(p => (p.Key, Change: -p.Value)))
                .Where(p => p.Change != 0).ToList();
            foreach (var chunk in changes.Chunk(500))
            {
                // Numbers formatted here, nothing from a request. Added to the count in place: two saves at once both count.
                var values = string.Join(", ", chunk.Select(c => $"({SqlIds.List([c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Key.Item4, c.Change])})"));
                var upsert = $"""
                    INSERT INTO "FacetPairCounts" ("FirstKind", "FirstKey", "SecondKind", "SecondKey", "Count") VALUES {values}
                    ON CONFLICT ("FirstKind", "FirstKey", "SecondKind", "SecondKey") DO UPDATE SET "Count" = "FacetPairCounts"."Count" + excluded."Count"
                    """;
                await db.Database.ExecuteSqlRawAsync(upsert, cancellationToken);
            }
            if (changes.Count > 0)
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"FacetPairCounts\" WHERE \"Count\" = 0", cancellationToken);
            }
            foreach (var chunk in tagIds.Chunk(500))
            {
                var ids = SqlIds.List(chunk);
                const string existing = "SELECT \"Id\" FROM \"Tags\"";
                var orphans = $"""
                    DELETE FROM "FacetPairCounts"
                    WHERE ("FirstKind" = {(int)FacetKind.Tag} AND "FirstKey" IN ({ids}) AND "FirstKey" NOT IN ({existing}))
                       OR ("SecondKind" = {(int)FacetKind.Tag} AND "SecondKey" IN ({ids}) AND "SecondKey" NOT IN ({existing}))
                    """;
                await db.Database.ExecuteSqlRawAsync(orphans, cancellationToken);
            }
        }

        private static async Task<Dictionary<(int, int, int, int), int>> PairsOfAsync(KdramaDbContext db, IReadOnlyCollection<int> moments, CancellationToken cancellationToken)
        {
            var pairs = new Dictionary<(int, int, int, int), int>();
            // A moment's pairs all come from its own rows, so chunks of moments add up.
            foreach (var chunk in moments.Chunk(500))
            {
                var ids = SqlIds.List(chunk);
                foreach (var row in await db.Database.SqlQueryRaw<PairRow>(PairsSql(column => $"{column} IN ({ids})")).ToListAsync(cancellationToken))
                {
                    Add((row.FirstKind, row.FirstKey, row.SecondKind, row.SecondKey), row.Count);
                    if (row.FirstKind != row.SecondKind)
                    {
                        Add((row.SecondKind, row.SecondKey, row.FirstKind, row.FirstKey), row.Count);
                    }
                }
            }
            return pairs;

            void Add((int, int, int, int) key, int count) => pairs[key] = pairs.GetValueOrDefault(key) + count;
        }
    }
}

/// <summary>The one facet or filter a moment list is narrowed by, when it is only that: its panel and total are read from kept rows.</summary>
public enum SingleFacetShape
{
    /// <summary><c>?tag=</c>, one trope.</summary>
    Tag,

    /// <summary><c>?decade=</c>: its own group (decades) is the catalogue's.</summary>
    Decade,

    /// <summary><c>?episodes=</c>: its own group (episodes) is the catalogue's.</summary>
    Episodes,

    /// <summary><c>?year=</c>, a filter rather than a facet: every group counts the year's moments.</summary>
    Year,
}

/// <summary>
/// A moment list narrowed by exactly one trope, decade, episode band or year and nothing else (no actor, drama, couple,
/// excluded or second trope): <see cref="FacetCounts.CountSingleAsync"/> reads its panel from <see cref="FacetPairCount"/>
/// and its total from counts kept already. Any other shape takes the general path.
/// </summary>
public sealed record SingleFacet(SingleFacetShape Shape, string? TagSlug, int From, int To)
{
    public static SingleFacet? Of(MomentFilter filter, MomentFacets facets, bool coupled)
    {
        if (coupled || facets.Not.Count > 0)
        {
            return null;
        }
        if (filter.IsEmpty)
        {
            return (facets.Tags.Count, facets.Decade, facets.Episodes) switch
            {
                (1, null, null) => new SingleFacet(SingleFacetShape.Tag, facets.Tags[0], 0, 0),
                (0, { } decade, null) => new SingleFacet(SingleFacetShape.Decade, null, decade, decade + 9),
                (0, null, { } band) => new SingleFacet(SingleFacetShape.Episodes, null, band.From, band.To ?? int.MaxValue),
                _ => null,
            };
        }
        // A year of 0 or less is no drama's known year (the pairs leave the unknown year, 0, out): the general path answers it.
        return facets.IsEmpty && filter.IsYearOnly && filter.Year > 0 ? new SingleFacet(SingleFacetShape.Year, null, filter.Year.Value, filter.Year.Value) : null;
    }

    /// <summary>
    /// The list's moments, for its page of cards in the order <paramref name="sort"/>. A decade and an episode band are
    /// asked of the decade and band kept on the moment (the same moments as <see cref="MomentFacets.Apply"/>: the kept
    /// values are the drama's year's and the episode's), so each order's page is a slice of an index led by them; a
    /// decade in the "year" order is a range of that order's own index, led by the year. A range of episodes that is no
    /// band is asked of the episode in a form no index answers, so the database walks the list order's index until the
    /// page is full.
    /// </summary>
    public IQueryable<Domain.Moment> Apply(IQueryable<Domain.Moment> moments, MomentFacets facets, KdramaDbContext db, string sort) => Shape switch
    {
        SingleFacetShape.Decade when sort == "year" => moments.Where(m => m.SortYear >= From && m.SortYear <= To),
        SingleFacetShape.Decade => moments.Where(m => m.Decade == From),
        SingleFacetShape.Episodes when facets.Episodes is { IsBand: true } => moments.Where(m => m.EpisodeBand == From),
        SingleFacetShape.Episodes => moments.Where(m => (m.Episode ?? -1) >= From && (m.Episode ?? -1) <= To),
        _ => facets.Apply(moments, db),
    };
}
