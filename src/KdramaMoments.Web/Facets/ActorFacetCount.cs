using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Facets;

/// <summary>The facet an <see cref="ActorFacetCount"/> counts in; its key is a trope's id, a decade or an episode.</summary>
public enum ActorFacet
{
    Tag = 0,
    Decade = 1,
    Episode = 2,
}

/// <summary>
/// How many of an actor's moments (<see cref="Moments.ActorMoment"/>) hold a trope, fall in a decade (their drama's year)
/// or an episode, kept at write time (<see cref="StoredCounts"/>): the facet panel beside the actor-only moment lists
/// reads the actor's few dozen rows instead of grouping their thousands of moments and those moments' tropes per request.
/// </summary>
public sealed class ActorFacetCount
{
    public int ActorId { get; set; }
    public ActorFacet Facet { get; set; }

    /// <summary>The trope's id, the decade's first year (2010) or the episode.</summary>
    public int Key { get; set; }

    public int Count { get; set; }

    /// <summary>The SQL that fills the table from every actor's moments (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds it.</summary>
    public static IEnumerable<string> FillSql => ["DELETE FROM \"ActorFacetCounts\"", InsertSql("true")];

    /// <summary>
    /// The rows of these actors computed again from their moments, after those are (<see cref="Moments.MomentKeyCopies.RefreshAsync"/>),
    /// and a deleted trope's rows dropped (the database removes its moments' join rows past the save). Ids formatted here,
    /// nothing from a request.
    /// </summary>
    public static async Task RefreshAsync(KdramaDbContext db, IReadOnlyCollection<int> actorIds, IReadOnlyCollection<int> tagIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in actorIds.Chunk(500))
        {
            var ids = SqlIds.List(chunk);
            var emptied = $"DELETE FROM \"ActorFacetCounts\" WHERE \"ActorId\" IN ({ids})";
            await db.Database.ExecuteSqlRawAsync(emptied, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(InsertSql($"am.\"ActorId\" IN ({ids})"), cancellationToken);
        }
        foreach (var chunk in tagIds.Chunk(500))
        {
            // The rows are keyed by actor, so a trope's rows are found only by reading them all: done only for a trope
            // that is gone, which is rare, instead of for every trope an import touches.
            var kept = await db.Tags.Where(t => chunk.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
            if (chunk.Except(kept).ToList() is { Count: > 0 } gone)
            {
                var orphans = $"DELETE FROM \"ActorFacetCounts\" WHERE \"Facet\" = {(int)ActorFacet.Tag} AND \"Key\" IN ({SqlIds.List(gone)})";
                await db.Database.ExecuteSqlRawAsync(orphans, cancellationToken);
            }
        }
    }


    // As FacetCounts counts an actor's moments: a trope's on its join rows, a decade's on the stored year (0, unknown,
    // left out), an episode's where known. An upsert, as the actor's moments: two saves at once never fail on the key.
    private static string InsertSql(string where) => $"""
        INSERT INTO "ActorFacetCounts" ("ActorId", "Facet", "Key", "Count")
        SELECT am."ActorId", {(int)ActorFacet.Tag}, mt."TagsId", COUNT(*)
        FROM "ActorMoments" am INNER JOIN "MomentTags" mt ON mt."MomentsId" = am."MomentId"
        WHERE {where} GROUP BY am."ActorId", mt."TagsId"
        UNION ALL
        SELECT am."ActorId", {(int)ActorFacet.Decade}, am."SortYear" / 10 * 10, COUNT(*)
        FROM "ActorMoments" am
        WHERE am."SortYear" <> 0 AND {where} GROUP BY am."ActorId", am."SortYear" / 10 * 10
        UNION ALL
        SELECT am."ActorId", {(int)ActorFacet.Episode}, am."Episode", COUNT(*)
        FROM "ActorMoments" am
        WHERE am."Episode" IS NOT NULL AND {where} GROUP BY am."ActorId", am."Episode"
        ON CONFLICT ("ActorId", "Facet", "Key") DO UPDATE SET "Count" = excluded."Count"
        """;
}
