using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Couples;

/// <summary>
/// The tests' reference: every couple found afresh from every moment that names two characters or more and every
/// correction, as the pages and the kept rows (<see cref="ActorCouples"/>) should show them, in the couples list's order.
/// </summary>
internal static class AllCouples
{
    public static async Task<IReadOnlyList<Couple>> FindAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var evidence = await CoupleQueries.EvidenceAsync(db.Moments, cancellationToken);
        var verdicts = await db.PairingCorrections.AsNoTracking()
            .Select(p => new PairVerdict(p.FirstCharacterId, p.SecondCharacterId, p.IsCouple)).ToListAsync(cancellationToken);
        var pairs = CoupleRule.Pairs(evidence, verdicts);
        var roleIds = pairs.SelectMany(p => new[] { p.FirstCharacterId, p.SecondCharacterId }).Distinct().ToList();
        var roles = await db.Characters.AsNoTracking().Where(c => roleIds.Contains(c.Id))
            .Select(c => new RoleRef(c.Id, c.Slug, c.Name, c.DramaId, c.Drama.Slug, c.Drama.Title, c.Drama.Year, c.ActorId))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var actorIds = roles.Values.Where(r => r.ActorId is not null).Select(r => r.ActorId!.Value).Distinct().ToList();
        var actors = await db.Actors.AsNoTracking().Where(a => actorIds.Contains(a.Id))
            .Select(a => new PersonRef(a.Id, a.Slug, a.Name)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return Group(pairs, roles, actors);
    }

    /// <summary>Pairs of characters become couples of actors; a pair with an unknown actor, or one actor twice, is no couple of actors.</summary>
    private static List<Couple> Group(IEnumerable<CharacterPair> pairs, Dictionary<int, RoleRef> roles, Dictionary<int, PersonRef> actors) =>
        pairs.Select(p => (Pair: p, First: roles[p.FirstCharacterId], Second: roles[p.SecondCharacterId]))
            .Where(x => x.First.ActorId is { } a && x.Second.ActorId is { } b && a != b && actors.ContainsKey(a) && actors.ContainsKey(b))
            .Select(x => string.CompareOrdinal(actors[x.First.ActorId!.Value].Slug, actors[x.Second.ActorId!.Value].Slug) <= 0
                ? new Pairing(x.First, x.Second, x.Pair.Reason, x.Pair.MomentIds)
                : new Pairing(x.Second, x.First, x.Pair.Reason, x.Pair.MomentIds))
            .GroupBy(p => (p.First.ActorId!.Value, p.Second.ActorId!.Value))
            .Select(g => new Couple(actors[g.Key.Item1], actors[g.Key.Item2],
                g.OrderBy(p => p.First.Year ?? int.MaxValue).ThenBy(p => p.First.Drama, StringComparer.OrdinalIgnoreCase).ToList()))
            .OrderByDescending(c => c.DramaCount).ThenByDescending(c => c.MomentIds.Count).ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToList();
}
