using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;

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

    /// <summary>The table kept as an actor's moments are: the rows of the moments' tropes.</summary>
    internal static MomentKeyCopies Copies { get; } = new("TagMoments", nameof(TagId),
        Links: "INNER JOIN \"MomentTags\" mt ON mt.\"MomentsId\" = m.\"Id\"", OwnerOfLink: "mt.\"TagsId\"", Distinct: false, FeedTime: false);

    /// <summary>The SQL that fills the table from every moment (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds it.</summary>
    public static IEnumerable<string> FillSql => Copies.FillSql;
}
