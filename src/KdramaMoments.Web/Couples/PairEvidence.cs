using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Couples;

/// <summary>
/// What the pairing rule (<see cref="CoupleRule"/>) needs of two characters' shared moments in one drama, kept at write
/// time (<see cref="StoredCounts"/>): how many moments name both, whether one carries a romance trope, whether one names
/// just the two. An actor's page reads a row per pair of its roles and their partners instead of grouping every moment of
/// the actor. A row per drama of the moments (almost always the characters' own), so a drama's rows are computed again
/// from its moments alone; the first character has the smaller id, as in <see cref="Domain.PairingCorrection"/>.
/// </summary>
public sealed class PairEvidence
{
    public int DramaId { get; set; }
    public int FirstCharacterId { get; set; }
    public int SecondCharacterId { get; set; }
    public int MomentCount { get; set; }
    public bool Romantic { get; set; }
    public bool NamedAlone { get; set; }

    /// <summary>The rows of these dramas computed again from their moments (ids formatted here, nothing from a request).</summary>
    public static async Task RefreshAsync(KdramaDbContext db, IReadOnlyCollection<int> dramaIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in dramaIds.Chunk(500))
        {
            var ids = SqlIds.List(chunk);
            var emptied = $"DELETE FROM \"PairEvidence\" WHERE \"DramaId\" IN ({ids})";
            await db.Database.ExecuteSqlRawAsync(emptied, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(InsertSql($"m.\"DramaId\" IN ({ids})"), cancellationToken);
        }
    }

    /// <summary>The SQL that fills the table from every moment (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds it.</summary>
    public static IEnumerable<string> FillSql => ["DELETE FROM \"PairEvidence\"", InsertSql("true")];

    /// <summary>Whether a trope's new slug (null: deleted) changes the romance flag of its moments' pairs: one of the two slugs is a romance trope and the other not.</summary>
    public static bool SlugMatters(string? before, string? after) =>
        (before is not null && CoupleRule.RomanceTropes.Contains(before)) != (after is not null && CoupleRule.RomanceTropes.Contains(after));

    // One row per drama and pair of characters named by the same moment. The flags are numbers compared once per row,
    // which SQLite stores as its booleans (0, 1) and PostgreSQL reads as booleans. An upsert, as the catalogue totals:
    // two saves at once never fail on the key.
    private static string InsertSql(string where) => $"""
        INSERT INTO "PairEvidence" ("DramaId", "FirstCharacterId", "SecondCharacterId", "MomentCount", "Romantic", "NamedAlone")
        SELECT m."DramaId", a."CharactersId", b."CharactersId", COUNT(*),
            MAX(CASE WHEN EXISTS (SELECT 1 FROM "MomentTags" mt INNER JOIN "Tags" t ON t."Id" = mt."TagsId"
                WHERE mt."MomentsId" = m."Id" AND t."Slug" IN ({RomanceSlugs})) THEN 1 ELSE 0 END) = 1,
            MAX(CASE WHEN (SELECT COUNT(*) FROM "MomentCharacters" n WHERE n."MomentsId" = m."Id") = 2 THEN 1 ELSE 0 END) = 1
        FROM "Moments" m
        INNER JOIN "MomentCharacters" a ON a."MomentsId" = m."Id"
        INNER JOIN "MomentCharacters" b ON b."MomentsId" = m."Id" AND a."CharactersId" < b."CharactersId"
        WHERE {where}
        GROUP BY m."DramaId", a."CharactersId", b."CharactersId"
        ON CONFLICT ("DramaId", "FirstCharacterId", "SecondCharacterId") DO UPDATE SET
            "MomentCount" = excluded."MomentCount", "Romantic" = excluded."Romantic", "NamedAlone" = excluded."NamedAlone"
        """;

    // Fixed slugs from the code.
    private static string RomanceSlugs => string.Join(", ", CoupleRule.RomanceTropes.Select(s => $"'{s}'"));
}
