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

    /// <summary>The table kept as a trope's moments are: the rows of the actors of the moments' roles, one per actor however many roles.</summary>
    internal static MomentKeyCopies Copies { get; } = new("ActorMoments", nameof(ActorId),
        Links: "INNER JOIN \"MomentCharacters\" mc ON mc.\"MomentsId\" = m.\"Id\" INNER JOIN \"Characters\" c ON c.\"Id\" = mc.\"CharactersId\"",
        OwnerOfLink: "c.\"ActorId\"", Distinct: true, FeedTime: true);

    /// <summary>The SQL that fills the table from every moment (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds it.</summary>
    public static IEnumerable<string> FillSql => Copies.FillSql;

    /// <summary>
    /// The actors whose roles a save moves: a character given another actor (an edit, an actor merge, undo), deleted
    /// (its moments' join rows go with it in the database), or an actor deleted. Their rows are computed again whole; a
    /// moment's own changes (its characters, its keys) reach its rows through its drama (<see cref="MomentKeyCopies.RefreshAsync"/>).
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
}
