using KdramaMoments.Web.CoStars;

namespace KdramaMoments.Web.Data.Migrations;

/// <summary>
/// Fills the stored counts and sort keys (<see cref="StoredCounts"/>) of a catalogue written before they existed; the
/// same SQL on SQLite and PostgreSQL, run by both providers' StoredCounts migrations.
/// </summary>
internal static class StoredCountsFill
{
    public const string Sql = """
        UPDATE "Moments" SET
            "ListCount" = (SELECT COUNT(DISTINCT s."ArticleId") FROM "Sources" s WHERE s."MomentId" = "Moments"."Id"),
            "SortYear" = COALESCE((SELECT d."Year" FROM "Dramas" d WHERE d."Id" = "Moments"."DramaId"), 0),
            "SortDrama" = (SELECT d."Title" FROM "Dramas" d WHERE d."Id" = "Moments"."DramaId"),
            "SortTitle" = lower("Title");
        UPDATE "Dramas" SET
            "MomentCount" = (SELECT COUNT(*) FROM "Moments" m WHERE m."DramaId" = "Dramas"."Id"),
            "ListCount" = (SELECT COUNT(DISTINCT s."ArticleId") FROM "Sources" s JOIN "Moments" m ON m."Id" = s."MomentId" WHERE m."DramaId" = "Dramas"."Id"),
            "SortYear" = COALESCE("Year", 0),
            "SortTitle" = lower("Title");
        UPDATE "Tags" SET
            "MomentCount" = (SELECT COUNT(*) FROM "MomentTags" mt WHERE mt."TagsId" = "Tags"."Id");
        UPDATE "Actors" SET
            "MomentCount" = (SELECT COUNT(*) FROM "MomentCharacters" mc JOIN "Characters" c ON c."Id" = mc."CharactersId" WHERE c."ActorId" = "Actors"."Id"),
            "DramaCount" = (SELECT COUNT(DISTINCT c."DramaId") FROM "Characters" c WHERE c."ActorId" = "Actors"."Id"),
            "SortName" = lower("Name");
        """;

    /// <summary>
    /// A moment's count of characters and a character's folded name (<c>EditorsListsKeys</c>, the editors' lists); the
    /// moments' and articles' titles are judged by their rules' code, in the data step that migration asks for.
    /// </summary>
    public const string EditorsListsKeys = """
        UPDATE "Moments" SET "CharacterCount" = (SELECT COUNT(*) FROM "MomentCharacters" mc WHERE mc."MomentsId" = "Moments"."Id");
        UPDATE "Characters" SET "SortName" = lower("Name");
        """;

    /// <summary>A character's moments (<c>CharacterCountsAndFeedIndex</c>, added later than the others).</summary>
    public const string CharacterMomentCounts = """
        UPDATE "Characters" SET
            "MomentCount" = (SELECT COUNT(*) FROM "MomentCharacters" mc WHERE mc."CharactersId" = "Characters"."Id");
        """;

    /// <summary>
    /// A moment's feed time (<c>FeedTimes</c>, added later than the others): the later of its edit (or creation) and the
    /// newest article naming it, as <see cref="StoredCounts"/> keeps it.
    /// </summary>
    public static readonly string[] FeedTimes =
    [
        """UPDATE "Moments" SET "FeedUpdatedAt" = COALESCE("EditedAt", "CreatedAt")""",
        """
        UPDATE "Moments" SET "FeedUpdatedAt" = (SELECT MAX(a."ImportedAt") FROM "Sources" s JOIN "Articles" a ON a."Id" = s."ArticleId" WHERE s."MomentId" = "Moments"."Id")
        WHERE (SELECT MAX(a."ImportedAt") FROM "Sources" s JOIN "Articles" a ON a."Id" = s."ArticleId" WHERE s."MomentId" = "Moments"."Id") > "FeedUpdatedAt"
        """,
    ];

    /// <summary>What the pairing rule needs of each pair of characters (<c>PairEvidence</c>, added later than the others).</summary>
    public static IEnumerable<string> PairEvidenceRows => Couples.PairEvidence.FillSql;

    /// <summary>The pairs of actors sharing a drama and their counts (<c>CoStars</c>, added later than the others).</summary>
    public static IEnumerable<string> CoStarRows => CoStarSync.FillSql;
    /// <summary>Each actor's couples (<c>ActorCouples</c>, added later than the others), after the pairs' evidence.</summary>
    public static IEnumerable<string> ActorCoupleRows => Couples.ActorCouples.FillSql;
    /// <summary>The number of couples (<c>CouplesList</c>, added later than the others), from the actors' couples.</summary>
    public static string CouplesTotal => Data.CatalogueTotals.SizesFillSql([CatalogueSizeName.Couples]);
    /// <summary>The number of actors with a co-star (<c>KeptCoStarMap</c>), from the links kept on each actor; the map itself is built by the first read that finds it missing (its layout is C#).</summary>
    public static string CoStarActorsTotal => Data.CatalogueTotals.SizesFillSql([CatalogueSizeName.CoStarActors]);

    /// <summary>
    /// An actor's moments with their order keys (<c>ActorMoments</c>, added later than the others): the indexes that sort
    /// unknown episodes last, the rows, and the actors' moment counts counted from them (a moment naming two of an actor's
    /// roles, counted twice before, once).
    /// </summary>
    public static IEnumerable<string> ActorMomentRows =>
    [
        .. Moments.ActorMoment.UnknownEpisodeLastIndexSql,
        .. Moments.ActorMoment.FillSql,
        """UPDATE "Actors" SET "MomentCount" = (SELECT COUNT(*) FROM "ActorMoments" am WHERE am."ActorId" = "Actors"."Id")""",
    ];

    /// <summary>Each actor's facet counts (<c>ActorFacetCounts</c>, added later than the others), from their moments' rows.</summary>
    public static IEnumerable<string> ActorFacetCountRows => Facets.ActorFacetCount.FillSql;

    /// <summary>
    /// Each article's folded title and each actor's links on the co-star map (<c>ArticleTitlesAndCoStarLinks</c>, added
    /// later than the others), the links from the pair counts.
    /// </summary>
    public static IEnumerable<string> ArticleTitlesAndCoStarLinks =>
        ["""UPDATE "Articles" SET "SortTitle" = lower("Title")""", .. CoStarSync.LinksFillSql];
    /// <summary>The counts of moments per pair of facet values (<see cref="Facets.FacetPairCount"/>), as a bulk load fills them.</summary>
    public static IEnumerable<string> FacetPairCountRows => Facets.FacetPairCount.FillSql;

    /// <summary>
    /// Each moment's decade and episode band (<c>DecadeAndBandLists</c>, added later than the others), from the year kept
    /// on it and its episode, and the band's "year" order index made again with "unknown episode last" (<c>Episode IS
    /// NULL</c>), which the model cannot express, under the model's name (as <c>YearOrderIndex</c> did for the year order's).
    /// </summary>
    public static IEnumerable<string> DecadeAndBandLists =>
    [
        $"""UPDATE "Moments" SET "Decade" = "SortYear" / 10 * 10, "EpisodeBand" = {Facets.EpisodeRange.BandSql("\"Episode\"")}""",
        "DROP INDEX \"IX_Moments_EpisodeBand_SortYear_SortDrama_Episode_Slug\"",
        "CREATE INDEX \"IX_Moments_EpisodeBand_SortYear_SortDrama_Episode_Slug\" ON \"Moments\" " +
            "(\"EpisodeBand\", \"SortYear\" DESC, \"SortDrama\", (\"Episode\" IS NULL), \"Episode\", \"Slug\")",
    ];

    /// <summary>
    /// Each trope's moments with their order keys (<c>TropeMomentOrder</c>, added later than the others): the "newest
    /// drama" order's index made again with "unknown episode last", then the rows from every moment's tropes.
    /// </summary>
    public static IEnumerable<string> TropeMomentOrder => [.. Moments.TagMoment.UnknownEpisodeLastIndexSql, .. Moments.TagMoment.FillSql];
}
