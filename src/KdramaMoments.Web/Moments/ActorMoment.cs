using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KdramaMoments.Web.Moments;

/// <summary>
/// A moment naming one of an actor's roles, once per actor however many of their roles it names, with copies of the
/// moment's order keys and feed time (<see cref="IMomentFeedKeys"/>), kept at write time (<see cref="StoredCounts"/>).
/// An actor's feed, their moment list and their page's first moments each read one slice of an index led by the actor
/// (one per order) instead of every moment of every role, sorted per request; the actor's moment count is these rows'.
/// </summary>
public sealed class ActorMoment : IMomentFeedKeys
{
    public int ActorId { get; set; }
    public int MomentId { get; set; }
    public int ListCount { get; set; }
    public int SortYear { get; set; }
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string SortDrama { get; set; } = "";
    public int? Episode { get; set; }
    public string SortTitle { get; set; } = "";
    public DateTime FeedUpdatedAt { get; set; }

    /// <summary>
    /// The indexes whose order holds "unknown episode last" (<c>Episode IS NULL</c>), which the model cannot express: made
    /// again with the expression under the model's names, as migration <c>YearOrderIndex</c> does for the moments' own.
    /// </summary>
    public static IEnumerable<string> UnknownEpisodeLastIndexSql =>
    [
        "DROP INDEX \"IX_ActorMoments_YearOrder\"",
        "CREATE INDEX \"IX_ActorMoments_YearOrder\" ON \"ActorMoments\" " +
            "(\"ActorId\", \"SortYear\" DESC, \"SortDrama\", (\"Episode\" IS NULL), \"Episode\", \"Slug\", \"MomentId\")",
        "DROP INDEX \"IX_ActorMoments_DramaOrder\"",
        "CREATE INDEX \"IX_ActorMoments_DramaOrder\" ON \"ActorMoments\" " +
            "(\"ActorId\", \"SortDrama\", (\"Episode\" IS NULL), \"Episode\", \"MomentId\")",
    ];

    /// <summary>The SQL that fills the table from every moment (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds it.</summary>
    public static IEnumerable<string> FillSql => ["DELETE FROM \"ActorMoments\"", InsertSql("true")];

    /// <summary>
    /// The actors whose roles a save moves: a character given another actor (an edit, an actor merge, undo), deleted
    /// (its moments' join rows go with it in the database), or an actor deleted. Their rows are computed again whole; a
    /// moment's own changes (its characters, its keys) reach its rows through its drama (<see cref="RefreshAsync"/>).
    /// </summary>
    public static IEnumerable<int> ActorsWhoseRolesMove(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case Character when entry.State is EntityState.Modified or EntityState.Deleted:
                    var actor = entry.Property(nameof(Character.ActorId));
                    if (entry.State == EntityState.Deleted || !Equals(actor.OriginalValue, actor.CurrentValue))
                    {
                        foreach (var id in new[] { actor.OriginalValue, actor.CurrentValue })
                        {
                            if (id is int known)
                            {
                                yield return known;
                            }
                        }
                    }
                    break;
                case Actor deleted when entry.State == EntityState.Deleted:
                    yield return deleted.Id;
                    break;
                default: break;
            }
        }
    }

    /// <summary>
    /// The rows of every moment of these dramas (a save's moments are all among its dramas': a moment's keys move with its
    /// own edits and its drama's title and year) and of these actors, computed again from the moments after their keys
    /// are (ids formatted here, nothing from a request). A deleted moment's rows go with it in the database. Returns the
    /// actors whose rows it wrote (those of the dramas' moments before and after, and those given), whose facet counts
    /// (<see cref="Facets.ActorFacetCount"/>) follow them.
    /// </summary>
    public static async Task<HashSet<int>> RefreshAsync(KdramaDbContext db, IReadOnlyCollection<int> dramaIds, IReadOnlyCollection<int> actorIds, CancellationToken cancellationToken)
    {
        var written = new HashSet<int>(actorIds);
        foreach (var chunk in dramaIds.Chunk(500))
        {
            var ids = SqlIds.List(chunk);
            var emptied = $"DELETE FROM \"ActorMoments\" WHERE \"MomentId\" IN (SELECT \"Id\" FROM \"Moments\" WHERE \"DramaId\" IN ({ids}))";
            written.UnionWith(await ActorsOfDramasAsync(db, chunk, cancellationToken));
            await db.Database.ExecuteSqlRawAsync(emptied, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(InsertSql($"m.\"DramaId\" IN ({ids})"), cancellationToken);
            written.UnionWith(await ActorsOfDramasAsync(db, chunk, cancellationToken));
        }
        foreach (var chunk in actorIds.Chunk(500))
        {
            var ids = SqlIds.List(chunk);
            var emptied = $"DELETE FROM \"ActorMoments\" WHERE \"ActorId\" IN ({ids})";
            await db.Database.ExecuteSqlRawAsync(emptied, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(InsertSql($"c.\"ActorId\" IN ({ids})"), cancellationToken);
        }
        return written;
    }

    private static Task<List<int>> ActorsOfDramasAsync(KdramaDbContext db, int[] dramaIds, CancellationToken cancellationToken) =>
        db.ActorMoments.Where(r => db.Moments.Where(m => dramaIds.Contains(m.DramaId)).Select(m => m.Id).Contains(r.MomentId))
            .Select(r => r.ActorId).Distinct().ToListAsync(cancellationToken);


    // DISTINCT: an actor with two roles in one moment has one row. An upsert, as the pairs of characters: two saves at
    // once never fail on the key.
    private static string InsertSql(string where) => $"""
        INSERT INTO "ActorMoments" ("ActorId", "MomentId", "ListCount", "SortYear", "Title", "Slug", "SortDrama", "Episode", "SortTitle", "FeedUpdatedAt")
        SELECT DISTINCT c."ActorId", m."Id", m."ListCount", m."SortYear", m."Title", m."Slug", m."SortDrama", m."Episode", m."SortTitle", m."FeedUpdatedAt"
        FROM "Moments" m
        INNER JOIN "MomentCharacters" mc ON mc."MomentsId" = m."Id"
        INNER JOIN "Characters" c ON c."Id" = mc."CharactersId"
        WHERE c."ActorId" IS NOT NULL AND {where}
        ON CONFLICT ("ActorId", "MomentId") DO UPDATE SET
            "ListCount" = excluded."ListCount", "SortYear" = excluded."SortYear", "Title" = excluded."Title", "Slug" = excluded."Slug",
            "SortDrama" = excluded."SortDrama", "Episode" = excluded."Episode", "SortTitle" = excluded."SortTitle", "FeedUpdatedAt" = excluded."FeedUpdatedAt"
        """;
}
