using System.Globalization;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Couples;

/// <summary>
/// One couple as one of its two actors sees it, kept at write time (<see cref="StoredCounts"/>): a row per actor and
/// partner (so each couple twice, once from each side), ordered for the actor's page by its index (most dramas together,
/// most moments, address), as the couples list orders them.
/// </summary>
public sealed class ActorCouple
{
    public int ActorId { get; set; }
    public int PartnerActorId { get; set; }

    /// <summary>The dramas of the couple's pairings.</summary>
    public int DramaCount { get; set; }

    /// <summary>The moments naming both roles of one of the couple's pairings, each once.</summary>
    public int MomentCount { get; set; }

    /// <summary>The couple's address (<see cref="Couple.SlugOf"/>), the last of its order.</summary>
    public string Slug { get; set; } = string.Empty;
}

/// <summary>One pairing of an <see cref="ActorCouple"/>: the actor's role, the partner's, and why the rule pairs them (editors' corrections included).</summary>
public sealed class ActorCouplePairing
{
    public int ActorId { get; set; }
    public int PartnerActorId { get; set; }
    public int CharacterId { get; set; }
    public int PartnerCharacterId { get; set; }
    public PairReason Reason { get; set; }
}

/// <summary>A couple as the couples list shows it, and whether it is a reunion (paired in two dramas or more).</summary>
public sealed record ListedCouple(CoupleCard Card, bool IsReunion);

/// <summary>
/// An actor's couples kept at write time: the pairing rule (<see cref="CoupleRule"/>) applied to the evidence of each pair
/// of characters (<see cref="PairEvidence"/>) and the editors' corrections, in SQL, for the actors whose pairs a save may
/// change. The actor's page reads its first couples and their count from an index instead of applying the rule to every
/// pair of the actor's roles and reading the candidates' moments.
/// </summary>
public static class ActorCouples
{
    private const int Chunk = 500;

    private static readonly bool[] Flags = [false, true];

    private static readonly bool?[] EditorWords = [null, false, true];

    /// <summary>
    /// The first <paramref name="max"/> of the actor's couples in the couples list's order (most dramas together, most
    /// moments, address), with their pairings, and how many couples the actor has: one command.
    /// </summary>
    public static async Task<(IReadOnlyList<CoupleCard> Shown, int Count)> OfActorAsync(KdramaDbContext db, PersonRef actor, int max,
        CancellationToken cancellationToken)
    {
        var shown = db.ActorCouples.Where(c => c.ActorId == actor.Id).InListOrder().Take(max);
        var rows = await PairingRows(db, shown)
            // Uncorrelated: computed once, and only when the actor has a couple (none: no row, and the count is 0).
            .Select(r => new { Row = r, Count = db.ActorCouples.Count(c => c.ActorId == actor.Id) })
            .ToListAsync(cancellationToken);
        return (Cards(rows.Select(r => r.Row)).Select(c => c.Card).ToList(), rows.Count == 0 ? 0 : rows[0].Count);
    }

    /// <summary>
    /// One page of every couple (<c>/couples</c>), in the list's order: each couple once, from the side of the actor with
    /// the smaller id, a slice of its own index; the number of couples is kept with the catalogue's totals.
    /// </summary>
    public static async Task<PagedList<ListedCouple>> ListAsync(KdramaDbContext db, int? page, int total, int size, CancellationToken cancellationToken)
    {
        var number = Paging.PageNumber(page, total, size);
        var shown = db.ActorCouples.Where(c => c.ActorId < c.PartnerActorId).InListOrder().Skip((number - 1) * size).Take(size);
        var cards = Cards(await PairingRows(db, shown).ToListAsync(cancellationToken))
            .Select(c => new ListedCouple(c.Card, c.DramaCount >= 2)).ToList();
        return new PagedList<ListedCouple>(cards, number, size, total);
    }

    /// <summary>The number of couples, as the catalogue's totals keep it (<see cref="CatalogueTotals"/>): each counted once.</summary>
    public static string CountSql => "SELECT COUNT(*) FROM \"ActorCouples\" WHERE \"ActorId\" < \"PartnerActorId\"";

    // The couples list's order, which the couples' indexes keep.
    private static IOrderedQueryable<ActorCouple> InListOrder(this IQueryable<ActorCouple> couples) =>
        couples.OrderByDescending(c => c.DramaCount).ThenByDescending(c => c.MomentCount).ThenBy(c => c.Slug);

    // A row per couple shown and pairing: the couple's counts, its two actors, and the roles of the pairing.
    private static IQueryable<PairingRow> PairingRows(KdramaDbContext db, IQueryable<ActorCouple> shown) =>
        from couple in shown
        join pairing in db.ActorCouplePairings on new { couple.ActorId, couple.PartnerActorId } equals new { pairing.ActorId, pairing.PartnerActorId }
        join mine in db.Characters on pairing.CharacterId equals mine.Id
        join other in db.Characters on pairing.PartnerCharacterId equals other.Id
        join actor in db.Actors on pairing.ActorId equals actor.Id
        join partner in db.Actors on pairing.PartnerActorId equals partner.Id
        select new PairingRow
        {
            DramaCount = couple.DramaCount,
            MomentCount = couple.MomentCount,
            Slug = couple.Slug,
            Actor = new PersonRef(actor.Id, actor.Slug, actor.Name),
            Partner = new PersonRef(partner.Id, partner.Slug, partner.Name),
            Mine = new RoleRef(mine.Id, mine.Slug, mine.Name, mine.DramaId, mine.Drama.Slug, mine.Drama.Title, mine.Drama.Year, mine.ActorId),
            Other = new RoleRef(other.Id, other.Slug, other.Name, other.DramaId, other.Drama.Slug, other.Drama.Title, other.Drama.Year, other.ActorId),
        };

    // The couples of these rows as cards, in the list's order.
    private static List<(int DramaCount, CoupleCard Card)> Cards(IEnumerable<PairingRow> rows) =>
        rows.GroupBy(r => (r.Actor.Id, r.Partner.Id))
            .Select(g =>
            {
                var first = g.First();
                // As on a couple's own page: the actor with the smaller address first, and their role first in each pairing.
                var actorFirst = string.CompareOrdinal(first.Actor.Slug, first.Partner.Slug) <= 0;
                var (one, two) = actorFirst ? (first.Actor, first.Partner) : (first.Partner, first.Actor);
                var pairings = g.Select(r => actorFirst ? (First: r.Mine, Second: r.Other) : (First: r.Other, Second: r.Mine))
                    .OrderBy(p => p.First.Year ?? int.MaxValue).ThenBy(p => p.First.Drama, StringComparer.OrdinalIgnoreCase)
                    .ThenBy(p => p.First.Id).ThenBy(p => p.Second.Id)
                    .ToList();
                return (first.DramaCount, first.MomentCount, Card: new CoupleCard(first.Slug, $"{one.Name} & {two.Name}", pairings, first.MomentCount));
            })
            .OrderByDescending(c => c.DramaCount).ThenByDescending(c => c.MomentCount).ThenBy(c => c.Card.Slug, StringComparer.Ordinal)
            .Select(c => (c.DramaCount, c.Card))
            .ToList();

    private sealed class PairingRow
    {
        public int DramaCount { get; init; }
        public int MomentCount { get; init; }
        public string Slug { get; init; } = "";
        public PersonRef Actor { get; init; } = null!;
        public PersonRef Partner { get; init; } = null!;
        public RoleRef Mine { get; init; } = null!;
        public RoleRef Other { get; init; } = null!;
    }

    /// <summary>
    /// The couples of these actors computed again, both sides of each (ids formatted here, nothing from a request).
    /// Returns by how much the number of couples changed: those of the actors, counted on their indexes before and after
    /// each chunk's refresh (a couple of two chunks' actors is counted by both, and changes only in the first).
    /// </summary>
    public static async Task<int> RefreshAsync(KdramaDbContext db, IReadOnlyCollection<int> actorIds, CancellationToken cancellationToken)
    {
        var change = 0;
        foreach (var chunk in actorIds.Chunk(Chunk))
        {
            var ids = SqlIds.List(chunk);
            var count = $"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"ActorCouples\" WHERE ({Side(ids)}) AND \"ActorId\" < \"PartnerActorId\"";
            change -= await db.Database.SqlQueryRaw<int>(count).SingleAsync(cancellationToken);
            foreach (var sql in RefreshSql(ids))
            {
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }
            change += await db.Database.SqlQueryRaw<int>(count).SingleAsync(cancellationToken);
        }
        return change;
    }

    /// <summary>The SQL that computes every actor's couples (the same on SQLite and PostgreSQL): after a bulk load, and by the migration that adds them.</summary>
    public static IEnumerable<string> FillSql =>
    [
        "DELETE FROM \"ActorCouples\"",
        "DELETE FROM \"ActorCouplePairings\"",
        PairingsSql(evidence: "true", corrections: "true"),
        CouplesSql("true"),
    ];

    // The couples' rows of these actors, either side (each couple has a row per side).
    private static string Side(string ids) => $"\"ActorId\" IN ({ids}) OR \"PartnerActorId\" IN ({ids})";

    private static IEnumerable<string> RefreshSql(string ids)
    {
        var side = Side(ids);
        var roles = $"SELECT r.\"Id\" FROM \"Characters\" r WHERE r.\"ActorId\" IN ({ids})";
        yield return $"DELETE FROM \"ActorCouples\" WHERE {side}";
        yield return $"DELETE FROM \"ActorCouplePairings\" WHERE {side}";
        yield return PairingsSql(
            evidence: $"e.\"FirstCharacterId\" IN ({roles}) OR e.\"SecondCharacterId\" IN ({roles})",
            corrections: $"c.\"FirstCharacterId\" IN ({roles}) OR c.\"SecondCharacterId\" IN ({roles})");
        yield return CouplesSql($"p.\"ActorId\" IN ({ids}) OR p.\"PartnerActorId\" IN ({ids})");
    }

    // The pairs of characters the rule pairs, from the evidence summed over a pair's dramas (a flag from any row) and an
    // editor's word (-1: none), joined to the rule's table of the inputs that pair (RuleTable): a pair an editor joined
    // shares no moment perhaps, one they split has no row. Kept when both roles have actors, and two different ones;
    // a row from each side. An upsert, as PairEvidence's: two saves at once never fail on the key.
    private static string PairingsSql(string evidence, string corrections) => $"""
        INSERT INTO "ActorCouplePairings" ("ActorId", "PartnerActorId", "CharacterId", "PartnerCharacterId", "Reason")
        WITH inputs AS (
            SELECT e."FirstCharacterId" AS f, e."SecondCharacterId" AS s,
                CASE WHEN e."Romantic" THEN 1 ELSE 0 END AS romantic, CASE WHEN e."NamedAlone" THEN 1 ELSE 0 END AS alone, -1 AS said
            FROM "PairEvidence" e WHERE {evidence}
            UNION ALL
            SELECT c."FirstCharacterId", c."SecondCharacterId", 0, 0, CASE WHEN c."IsCouple" THEN 1 ELSE 0 END
            FROM "PairingCorrections" c WHERE {corrections}
        ), pairs AS (
            SELECT f, s, MAX(romantic) AS romantic, MAX(alone) AS alone, MAX(said) AS said FROM inputs GROUP BY f, s
        ), paired AS (
            SELECT pairs.f, pairs.s, a."ActorId" AS fa, b."ActorId" AS sa, rule.reason
            FROM pairs
            INNER JOIN ({RuleTable}) rule ON rule.romantic = pairs.romantic AND rule.alone = pairs.alone AND rule.said = pairs.said
            INNER JOIN "Characters" a ON a."Id" = pairs.f
            INNER JOIN "Characters" b ON b."Id" = pairs.s
            WHERE a."ActorId" IS NOT NULL AND b."ActorId" IS NOT NULL AND a."ActorId" <> b."ActorId"
        )
        SELECT fa, sa, f, s, reason FROM paired WHERE true
        UNION ALL
        SELECT sa, fa, s, f, reason FROM paired WHERE true
        ON CONFLICT ("ActorId", "PartnerActorId", "CharacterId", "PartnerCharacterId") DO UPDATE SET "Reason" = excluded."Reason"
        """;

    // A couple's dramas and moments (those naming both roles of one of its pairings, each once), computed from the side of
    // the actor with the smaller id and written for both. Addresses compare as C#'s ordinal order (binary on SQLite,
    // collation "C" on PostgreSQL).
    private static string CouplesSql(string scope) => $"""
        INSERT INTO "ActorCouples" ("ActorId", "PartnerActorId", "DramaCount", "MomentCount", "Slug")
        WITH couples AS (
            SELECT p."ActorId" AS actor, p."PartnerActorId" AS partner, COUNT(DISTINCT r."DramaId") AS dramas, COUNT(DISTINCT b."MomentsId") AS moments
            FROM "ActorCouplePairings" p
            INNER JOIN "Characters" r ON r."Id" = p."CharacterId"
            LEFT JOIN "MomentCharacters" a ON a."CharactersId" = p."CharacterId"
            LEFT JOIN "MomentCharacters" b ON b."MomentsId" = a."MomentsId" AND b."CharactersId" = p."PartnerCharacterId"
            WHERE p."ActorId" < p."PartnerActorId" AND ({scope})
            GROUP BY p."ActorId", p."PartnerActorId"
        ), addressed AS (
            SELECT couples.actor, couples.partner, couples.dramas, couples.moments,
                CASE WHEN x."Slug" <= y."Slug" THEN x."Slug" || '-' || y."Slug" ELSE y."Slug" || '-' || x."Slug" END AS slug
            FROM couples
            INNER JOIN "Actors" x ON x."Id" = couples.actor
            INNER JOIN "Actors" y ON y."Id" = couples.partner
        )
        SELECT actor, partner, dramas, moments, slug FROM addressed WHERE true
        UNION ALL
        SELECT partner, actor, dramas, moments, slug FROM addressed WHERE true
        ON CONFLICT ("ActorId", "PartnerActorId") DO UPDATE SET
            "DramaCount" = excluded."DramaCount", "MomentCount" = excluded."MomentCount", "Slug" = excluded."Slug"
        """;

    /// <summary>
    /// The rule as a table SQL can join: every input <see cref="CoupleRule.ReasonFor(bool, bool, bool?)"/> reads (an editor's
    /// word as 1, 0, or -1 for none) with the reason it gives, written from the rule itself; inputs it does not pair are left out.
    /// </summary>
    private static string RuleTable => string.Join(" UNION ALL ",
        from romantic in Flags
        from alone in Flags
        from said in EditorWords
        let reason = CoupleRule.ReasonFor(romantic, alone, said)
        where reason is not null
        select string.Create(CultureInfo.InvariantCulture,
            $"SELECT {(romantic ? 1 : 0)} AS romantic, {(alone ? 1 : 0)} AS alone, {said switch { null => -1, false => 0, true => 1 }} AS said, {(int)reason} AS reason"));
}
