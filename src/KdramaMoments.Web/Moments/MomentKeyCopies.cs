using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Moments;

/// <summary>
/// A table of copies of moments' order keys (<see cref="IMomentOrderKeys"/>, and the feed time where the rows have it,
/// <see cref="IMomentFeedKeys"/>), a row per owner (a trope, an actor) and moment, kept at write time
/// (<see cref="StoredCounts"/>): <see cref="TagMoment"/> and <see cref="ActorMoment"/> are kept the same way. A save
/// computes again the rows of its dramas' moments (and of owners it names) from the moments after their keys are, and
/// writes only what changed: a row whose link to its owner is gone is deleted, a new pair is added, a row whose keys
/// moved is updated. An import into a drama leaves its other moments' rows (and their index entries) alone, whatever
/// the drama's or the catalogue's size. A deleted moment's or owner's rows go with it in the database.
/// </summary>
/// <param name="Table">The table of copies.</param>
/// <param name="Owner">The table's owner column (its key is owner and moment).</param>
/// <param name="Links">The joins from a moment <c>m</c> to its owners.</param>
/// <param name="OwnerOfLink">The owner's id in <see cref="Links"/> (not null where the rows exist).</param>
/// <param name="Distinct">Whether a moment can reach one owner twice (an actor's two roles in one moment): one row.</param>
/// <param name="FeedTime">Whether the rows keep the moment's feed time.</param>
internal sealed record MomentKeyCopies(string Table, string Owner, string Links, string OwnerOfLink, bool Distinct, bool FeedTime)
{
    private const int Chunk = 500;

    private IEnumerable<string> Columns =>
    [
        nameof(IMomentOrderKeys.ListCount), nameof(IMomentOrderKeys.SortYear), nameof(IMomentOrderKeys.Title), nameof(IMomentOrderKeys.Slug),
        nameof(IMomentOrderKeys.SortDrama), nameof(IMomentOrderKeys.Episode), nameof(IMomentOrderKeys.SortTitle),
        .. FeedTime ? [nameof(IMomentFeedKeys.FeedUpdatedAt)] : Array.Empty<string>(),
    ];

    /// <summary>The SQL that fills the table from every moment (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds it.</summary>
    public IEnumerable<string> FillSql => [$"DELETE FROM \"{Table}\"", UpsertSql("true", returning: false)];

    /// <summary>
    /// The rows of every moment of these dramas (a save's moments are all among its dramas': a moment's keys move with its
    /// own edits and its drama's title and year, its owners with its edits, merges and undo) and of these owners, computed
    /// again (ids formatted here, nothing from a request). Returns the owners whose rows were added, updated or deleted.
    /// </summary>
    public async Task<HashSet<int>> RefreshAsync(KdramaDbContext db, IReadOnlyCollection<int> dramaIds, IReadOnlyCollection<int> ownerIds, CancellationToken cancellationToken)
    {
        var changed = new HashSet<int>();
        foreach (var chunk in dramaIds.Chunk(Chunk))
        {
            var ids = SqlIds.List(chunk);
            changed.UnionWith(await OwnersAsync(db, GoneSql($"\"MomentId\" IN (SELECT \"Id\" FROM \"Moments\" WHERE \"DramaId\" IN ({ids}))"), cancellationToken));
            changed.UnionWith(await OwnersAsync(db, UpsertSql($"m.\"DramaId\" IN ({ids})", returning: true), cancellationToken));
        }
        foreach (var chunk in ownerIds.Chunk(Chunk))
        {
            var ids = SqlIds.List(chunk);
            changed.UnionWith(await OwnersAsync(db, GoneSql($"\"{Owner}\" IN ({ids})"), cancellationToken));
            changed.UnionWith(await OwnersAsync(db, UpsertSql($"{OwnerOfLink} IN ({ids})", returning: true), cancellationToken));
        }
        return changed;
    }

    private static Task<List<int>> OwnersAsync(KdramaDbContext db, string sql, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<int>(sql).ToListAsync(cancellationToken);

    // The rows in scope whose moment no longer reaches their owner.
    private string GoneSql(string scope) => $"""
        DELETE FROM "{Table}"
        WHERE {scope}
          AND NOT EXISTS (SELECT 1 FROM "Moments" m {Links} WHERE m."Id" = "{Table}"."MomentId" AND {OwnerOfLink} = "{Table}"."{Owner}")
        RETURNING "{Owner}" AS "Value"
        """;

    // An upsert: two saves at once never fail on the key; a row whose keys are the moment's already is not written again.
    private string UpsertSql(string where, bool returning) => $"""
        INSERT INTO "{Table}" ("{Owner}", "MomentId", {string.Join(", ", Columns.Select(c => $"\"{c}\""))})
        SELECT {(Distinct ? "DISTINCT " : "")}{OwnerOfLink}, m."Id", {string.Join(", ", Columns.Select(c => $"m.\"{c}\""))}
        FROM "Moments" m {Links}
        WHERE {OwnerOfLink} IS NOT NULL AND {where}
        ON CONFLICT ("{Owner}", "MomentId") DO UPDATE SET
            {string.Join(", ", Columns.Select(c => $"\"{c}\" = excluded.\"{c}\""))}
        WHERE {string.Join(" OR ", Columns.Select(c => $"\"{Table}\".\"{c}\" IS DISTINCT FROM excluded.\"{c}\""))}
        {(returning ? $"RETURNING \"{Owner}\" AS \"Value\"" : "")}
        """;
}
