using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Moments;

/// <summary>
/// A trope's moment (a <c>MomentTags</c> join row) with copies of the moment's order keys (<see cref="IMomentOrderKeys"/>),
/// kept at write time (<see cref="StoredCounts"/>). A trope's moment list and its page's first moments read one slice of
/// an index led by the trope (one per order) instead of walking the whole list order's index asking each moment whether
/// it carries the trope: a trope's moments are in no order of the moments' own indexes.
/// </summary>
/// <remarks>
/// A table of its own rather than columns on the join rows: the join rows stay narrow for what reads them whole (the
/// facet pairs' self-join, a trope's count, the search's facet counts), EF's skip navigation writes them without order keys
/// to fill, and a trope's rows are kept exactly as an actor's are (<see cref="ActorMoment"/>).
/// </remarks>
public sealed class TagMoment : IMomentOrderKeys
{
    public int TagId { get; set; }
    public int MomentId { get; set; }
    public int ListCount { get; set; }
    public int SortYear { get; set; }
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string SortDrama { get; set; } = "";
    public int? Episode { get; set; }
    public string SortTitle { get; set; } = "";

    /// <summary>
    /// The index whose order holds "unknown episode last" (<c>Episode IS NULL</c>), which the model cannot express: made
    /// again with the expression under the model's name, as <see cref="ActorMoment.UnknownEpisodeLastIndexSql"/>.
    /// </summary>
    public static IEnumerable<string> UnknownEpisodeLastIndexSql =>
    [
        "DROP INDEX \"IX_TagMoments_YearOrder\"",
        "CREATE INDEX \"IX_TagMoments_YearOrder\" ON \"TagMoments\" " +
            "(\"TagId\", \"SortYear\" DESC, \"SortDrama\", (\"Episode\" IS NULL), \"Episode\", \"Slug\", \"MomentId\")",
    ];

    /// <summary>The SQL that fills the table from every moment (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds it.</summary>
    public static IEnumerable<string> FillSql => ["DELETE FROM \"TagMoments\"", InsertSql("true")];

    /// <summary>
    /// The rows of every moment of these dramas (a save's moments are all among its dramas': a moment's keys move with its
    /// own edits and its drama's title and year, its tropes with its edits, merges and undo), computed again from the
    /// moments after their keys are (ids formatted here, nothing from a request). Only what changed is written: a row whose
    /// trope the moment no longer carries goes, a new pair is added, a row whose keys moved is updated; an import into a
    /// drama leaves its other moments' rows (and their index entries) alone. A deleted moment's or trope's rows go with it
    /// in the database.
    /// </summary>
    public static async Task RefreshAsync(KdramaDbContext db, IReadOnlyCollection<int> dramaIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in dramaIds.Chunk(500))
        {
            var ids = SqlIds.List(chunk);
            var gone = $"""
                DELETE FROM "TagMoments"
                WHERE "MomentId" IN (SELECT "Id" FROM "Moments" WHERE "DramaId" IN ({ids}))
                  AND NOT EXISTS (SELECT 1 FROM "MomentTags" mt WHERE mt."MomentsId" = "TagMoments"."MomentId" AND mt."TagsId" = "TagMoments"."TagId")
                """;
            await db.Database.ExecuteSqlRawAsync(gone, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(InsertSql($"m.\"DramaId\" IN ({ids})"), cancellationToken);
        }
    }

    // An upsert, as the actors' rows: two saves at once never fail on the key; a row whose keys are the moment's already is
    // not written again.
    private static string InsertSql(string where) => $"""
        INSERT INTO "TagMoments" ("TagId", "MomentId", "ListCount", "SortYear", "Title", "Slug", "SortDrama", "Episode", "SortTitle")
        SELECT mt."TagsId", m."Id", m."ListCount", m."SortYear", m."Title", m."Slug", m."SortDrama", m."Episode", m."SortTitle"
        FROM "Moments" m
        INNER JOIN "MomentTags" mt ON mt."MomentsId" = m."Id"
        WHERE {where}
        ON CONFLICT ("MomentId", "TagId") DO UPDATE SET
            "ListCount" = excluded."ListCount", "SortYear" = excluded."SortYear", "Title" = excluded."Title", "Slug" = excluded."Slug",
            "SortDrama" = excluded."SortDrama", "Episode" = excluded."Episode", "SortTitle" = excluded."SortTitle"
        WHERE "TagMoments"."ListCount" <> excluded."ListCount" OR "TagMoments"."SortYear" <> excluded."SortYear"
            OR "TagMoments"."Title" <> excluded."Title" OR "TagMoments"."Slug" <> excluded."Slug" OR "TagMoments"."SortDrama" <> excluded."SortDrama"
            OR "TagMoments"."Episode" IS DISTINCT FROM excluded."Episode" OR "TagMoments"."SortTitle" <> excluded."SortTitle"
        """;
}
