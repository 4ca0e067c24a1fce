using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Couples;

public sealed record PersonRef(int Id, string Slug, string Name);

public sealed record RoleRef(int Id, string Slug, string Name, int DramaId, string DramaSlug, string Drama, int? Year, int? ActorId);

/// <summary>Two characters of one drama paired by the rule, as pages show them.</summary>
public sealed record Pairing(RoleRef First, RoleRef Second, PairReason Reason, IReadOnlyList<int> MomentIds);

/// <summary>A couple: two actors who played a pair in one or more dramas; a reunion when in two or more.</summary>
public sealed record Couple(PersonRef First, PersonRef Second, IReadOnlyList<Pairing> Pairings)
{
    public string Slug => SlugOf(First.Slug, Second.Slug);

    public string Title => $"{First.Name} & {Second.Name}";

    public int DramaCount => Pairings.Select(p => p.First.DramaId).Distinct().Count();

    public bool IsReunion => DramaCount >= 2;

    public IReadOnlyList<int> MomentIds => Pairings.SelectMany(p => p.MomentIds).Distinct().ToList();

    /// <summary>A couple's address joins the two actors' addresses, alphabetically: <c>hyun-bin-son-ye-jin</c>.</summary>
    public static string SlugOf(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}-{b}" : $"{b}-{a}";
}

/// <summary>A couple as a list of couples shows it: its address and title, its pairings' roles (as in <see cref="Couple"/>), its moments counted.</summary>
public sealed record CoupleCard(string Slug, string Title, IReadOnlyList<(RoleRef First, RoleRef Second)> Pairings, int MomentCount)
{
    public static CoupleCard Of(Couple couple) => new(couple.Slug, couple.Title, [.. couple.Pairings.Select(p => (p.First, p.Second))], couple.MomentIds.Count);
}

/// <summary>
/// Couples read from the catalogue. Every read is scoped by the moments it may concern (a pair's, a drama's),
/// so a page never reads more than the people it shows. An actor's couples are kept at write time (<see cref="ActorCouples"/>).
/// </summary>
public static class CoupleQueries
{
    private const int MaxSlugLength = 250;

    /// <summary>Each way an address splits at a hyphen into two non-empty actors' slugs.</summary>
    private static IEnumerable<(string Left, string Right)> Joins(string slug) =>
        Enumerable.Range(1, Math.Max(0, slug.Length - 2)).Where(i => slug[i] == '-').Select(i => (slug[..i], slug[(i + 1)..]));

    /// <summary>
    /// Where a couple's address that answers no couple now should go: each half an actor's slug now or before (a rename
    /// or merge leaves the actor a redirect row), in any letters' case. A couple has no redirect rows of
    /// its own, so its former addresses are found through its actors'. Null when no split names two actors
    /// <paramref name="isCouple"/> accepts (asked at most once per split, so a page can answer it from what it keeps).
    /// </summary>
    public static async Task<string?> CurrentSlugAsync(KdramaDbContext db, string slug, Func<string, Task<bool>> isCouple, CancellationToken cancellationToken)
    {
        var lower = slug.ToLowerInvariant();
        if (lower.Length > MaxSlugLength)
        {
            return null;
        }
        var joins = Joins(lower).ToList();
        var halves = joins.SelectMany(j => new[] { j.Left, j.Right }).Distinct().ToList();
        var actor = EntityKind.Actor.Name();
        var current = await db.Actors.AsNoTracking().Where(a => halves.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(cancellationToken);
        var former = await (
            from r in db.SlugRedirects.AsNoTracking()
            where r.EntityType == actor && halves.Contains(r.OldSlug)
            join a in db.Actors on r.TargetId equals a.Id
            select new { r.OldSlug, a.Slug }).ToListAsync(cancellationToken);
        // A slug an actor has now wins over the same slug another actor once had.
        var now = current.ToDictionary(s => s, s => s, StringComparer.Ordinal);
        foreach (var moved in former)
        {
            now.TryAdd(moved.OldSlug, moved.Slug);
        }
        // Only a split in a couple address's own order (alphabetical) was ever a couple's address.
        foreach (var (left, right) in joins.Where(j => Couple.SlugOf(j.Left, j.Right) == lower))
        {
            if (now.TryGetValue(left, out var first) && now.TryGetValue(right, out var second) && first != second
                && Couple.SlugOf(first, second) is var target && target != slug && await isCouple(target))
            {
                return target;
            }
        }
        return null;
    }

    /// <summary>
    /// The couple at an address, or null: the address is two actors' slugs joined by a hyphen. The rule's evidence is
    /// counted in SQL per pair of their roles in one drama, so a couple sharing
    /// thousands of moments reads a row per pair of roles; the moments themselves are read by the page, a slice at a time
    /// (<see cref="CoupleMoments"/>).
    /// </summary>
    public static async Task<CoupleSummary?> BySlugAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > MaxSlugLength)
        {
            return null;
        }
        // Every hyphen may be the join; both halves are looked up by the unique slug index at once.
        var halves = Joins(slug).SelectMany(j => new[] { j.Left, j.Right }).Distinct().ToList();
        var actors = await db.Actors.AsNoTracking().Where(a => halves.Contains(a.Slug)).Select(a => new { a.Id, a.Slug, a.Name, a.MomentCount }).ToListAsync(cancellationToken);
        var pair = actors.SelectMany(a => actors.Where(b => string.CompareOrdinal(a.Slug, b.Slug) < 0).Select(b => (a, b)))
            .FirstOrDefault(p => Couple.SlugOf(p.a.Slug, p.b.Slug) == slug);
        if (pair.a is null)
        {
            return null;
        }
        var (first, second) = (pair.a.Id, pair.b.Id);
        // From the moments of the one in fewer (stored counts), and only their roles' in a drama where the other has a role:
        // pairs of roles in one drama, not every role of one against every role of the other.
        var (fewer, other) = pair.a.MomentCount <= pair.b.MomentCount ? (first, second) : (second, first);
        var romance = CoupleRule.RomanceTropes.ToList();
        var counted = await (
            from mine in db.Characters
            where mine.ActorId == fewer
            from theirs in db.Characters
            where theirs.ActorId == other && theirs.DramaId == mine.DramaId
            from m in mine.Moments
            from named in m.Characters
            where named.Id == theirs.Id
            group new { m.Id, Romantic = m.Tags.Any(t => romance.Contains(t.Slug)) ? 1 : 0, NamedAlone = m.Characters.Count == 2 ? 1 : 0 }
                by new { Mine = mine.Id, Theirs = theirs.Id } into g
            // The flags stay numbers in SQL, whose maximum both providers take; the first moment orders the pairs as the rule finds them.
            select new { g.Key.Mine, g.Key.Theirs, Moments = g.Count(), FirstMoment = g.Min(x => x.Id), Romantic = g.Max(x => x.Romantic), NamedAlone = g.Max(x => x.NamedAlone) })
            .ToListAsync(cancellationToken);
        var verdicts = await db.PairingCorrections.AsNoTracking()
            .Where(p => (p.FirstCharacter.ActorId == first && p.SecondCharacter.ActorId == second) || (p.FirstCharacter.ActorId == second && p.SecondCharacter.ActorId == first))
            .Select(p => new PairVerdict(p.FirstCharacterId, p.SecondCharacterId, p.IsCouple)).ToListAsync(cancellationToken);
        var said = verdicts.ToDictionary(v => (v.FirstCharacterId, v.SecondCharacterId), v => v.IsCouple);
        // In the order CoupleRule.Pairs gives: pairs by the first moment they share (then by ids), then pairs only an editor joined.
        var shared = counted.Select(p => (Key: CoupleRule.Ordered(p.Mine, p.Theirs), p.Moments, p.FirstMoment, Romantic: p.Romantic == 1, NamedAlone: p.NamedAlone == 1))
            .OrderBy(p => p.FirstMoment).ThenBy(p => p.Key).ToList();
        var joined = verdicts.Where(v => v.IsCouple).Select(v => (v.FirstCharacterId, v.SecondCharacterId)).Except(shared.Select(p => p.Key))
            .Select(key => (Key: key, Moments: 0, FirstMoment: 0, Romantic: false, NamedAlone: false));
        var pairs = shared.Concat(joined)
            .Select(p => (p.Key, p.Moments, Reason: CoupleRule.ReasonFor(p.Romantic, p.NamedAlone, said.TryGetValue(p.Key, out var verdict) ? verdict : null)))
            .Where(p => p.Reason is not null)
            .ToList();
        if (pairs.Count == 0)
        {
            return null;
        }
        var roleIds = pairs.SelectMany(p => new[] { p.Key.Item1, p.Key.Item2 }).Distinct().ToList();
        var roles = await db.Characters.AsNoTracking().Where(c => roleIds.Contains(c.Id))
            .Select(c => new RoleRef(c.Id, c.Slug, c.Name, c.DramaId, c.Drama.Slug, c.Drama.Title, c.Drama.Year, c.ActorId))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        // Each pairing names the role of the actor first in the address first, as the couples list does.
        var pairings = pairs
            .Select(p => (First: roles[p.Key.Item1], Second: roles[p.Key.Item2], p.Reason, p.Moments))
            .Select(p => p.First.ActorId == first ? new PairingCount(p.First, p.Second, p.Reason!.Value, p.Moments) : new PairingCount(p.Second, p.First, p.Reason!.Value, p.Moments))
            .OrderBy(p => p.First.Year ?? int.MaxValue).ThenBy(p => p.First.Drama, StringComparer.OrdinalIgnoreCase)
            .ToList();
        // Pairings in different dramas share no moment, so their counts add up; two in one drama may share some: those
        // couples' moments are counted in SQL (a role played by one actor twice in a scene is rare).
        var momentCount = pairings.Select(p => p.First.DramaId).Distinct().Count() == pairings.Count
            ? pairings.Sum(p => p.Moments)
            : await db.Moments.OfPairs(db, CoupleMoments.PairsOf(pairings)).CountAsync(cancellationToken);
        return new CoupleSummary(new PersonRef(pair.a.Id, pair.a.Slug, pair.a.Name), new PersonRef(pair.b.Id, pair.b.Slug, pair.b.Name), pairings, momentCount);
    }

    /// <summary>The pairs the rule makes in these dramas: every moment of each weighed, editors' corrections applied.</summary>
    public static async Task<IReadOnlyList<CharacterPair>> PairsInDramasAsync(KdramaDbContext db, IReadOnlyCollection<int> dramaIds, CancellationToken cancellationToken)
    {
        var evidence = await EvidenceAsync(db.Moments.Where(m => dramaIds.Contains(m.DramaId)), cancellationToken);
        var verdicts = await db.PairingCorrections.AsNoTracking().Where(p => dramaIds.Contains(p.FirstCharacter.DramaId))
            .Select(p => new PairVerdict(p.FirstCharacterId, p.SecondCharacterId, p.IsCouple)).ToListAsync(cancellationToken);
        return CoupleRule.Pairs(evidence, verdicts);
    }

    /// <summary>
    /// Each moment's couple (<c>CoupleRule.CoupleOf</c>), as <see cref="PairsInDramasAsync"/> over the moments'
    /// dramas would give it, from the rule's evidence kept at write time (<see cref="PairEvidence"/>): only the rows of
    /// pairs of the moments' own characters in those dramas, where the pairs were weighed from every moment of the dramas
    /// with its characters and tropes (a search's twenty moments read their twenty dramas' hundreds of moments at 100,000).
    /// </summary>
    public static async Task<Dictionary<int, IReadOnlyList<int>>> CouplesOfMomentsAsync(KdramaDbContext db,
        IReadOnlyList<(int MomentId, int DramaId, string Title, IReadOnlyList<(int Id, string Name)> Characters)> moments, CancellationToken cancellationToken)
    {
        var withPairs = moments.Where(m => m.Characters.Count >= 2).ToList();
        var dramaIds = withPairs.Select(m => m.DramaId).Distinct().ToList();
        var pairs = dramaIds.Count == 0 ? [] : await KeptPairsAsync(db, dramaIds, withPairs.SelectMany(m => m.Characters.Select(c => c.Id)).Distinct().ToList(), cancellationToken);
        return moments.ToDictionary(m => m.MomentId, m => CoupleRule.CoupleOf(m.Characters, m.Title, pairs));
    }

    /// <summary>
    /// The pairs the rule makes in these dramas (<see cref="CoupleRule.Pairs"/>, corrections applied) between these
    /// characters, with their shared moments counted, from the kept evidence: a pair's rows of several dramas add up
    /// (each counts the moments of its drama).
    /// </summary>
    private static async Task<List<CoupleRule.CountedPair>> KeptPairsAsync(KdramaDbContext db, List<int> dramaIds, List<int> characterIds, CancellationToken cancellationToken)
    {
        var rows = await db.PairEvidence.AsNoTracking()
            // One parameter per list (JSON on SQLite, an array on PostgreSQL), not one per id: a search's twenty moments
            // bound a hundred, and the statement prepared grew with them.
            .Where(e => EF.Parameter(dramaIds).Contains(e.DramaId) && EF.Parameter(characterIds).Contains(e.FirstCharacterId) && EF.Parameter(characterIds).Contains(e.SecondCharacterId))
            .Select(e => new { e.FirstCharacterId, e.SecondCharacterId, e.MomentCount, e.Romantic, e.NamedAlone })
            .ToListAsync(cancellationToken);
        var verdicts = await db.PairingCorrections.AsNoTracking().Where(p => EF.Parameter(dramaIds).Contains(p.FirstCharacter.DramaId))
            .Select(p => new PairVerdict(p.FirstCharacterId, p.SecondCharacterId, p.IsCouple)).ToListAsync(cancellationToken);
        var said = verdicts.ToDictionary(v => (v.FirstCharacterId, v.SecondCharacterId), v => v.IsCouple);
        var shared = rows.GroupBy(r => (r.FirstCharacterId, r.SecondCharacterId))
            .ToDictionary(g => g.Key, g => (Moments: g.Sum(r => r.MomentCount), Romantic: g.Any(r => r.Romantic), NamedAlone: g.Any(r => r.NamedAlone)));
        return shared.Keys.Union(said.Where(v => v.Value).Select(v => v.Key))
            .Select(pair => (Pair: pair, Evidence: shared.GetValueOrDefault(pair)))
            .Where(x => CoupleRule.ReasonFor(x.Evidence.Romantic, x.Evidence.NamedAlone, said.TryGetValue(x.Pair, out var verdict) ? verdict : null) is not null)
            .Select(x => new CoupleRule.CountedPair(x.Pair.Item1, x.Pair.Item2, x.Evidence.Moments))
            .ToList();
    }

    /// <summary>What the pairing rule needs to know of these moments (those naming two characters or more).</summary>
    public static async Task<List<MomentEvidence>> EvidenceAsync(IQueryable<Moment> moments, CancellationToken cancellationToken)
    {
        var romance = CoupleRule.RomanceTropes.ToList();
        // One row per moment and character, grouped here: one command, and an inner join SQLite runs from the moments'
        // index. The moments with their characters as a collection became a LEFT JOIN to a subquery, which SQLite
        // materialised over every moment's characters (most of a search's time at 100,000 moments).
        var rows = await moments.AsNoTracking().Where(m => m.Characters.Count >= 2)
            .SelectMany(m => m.Characters, (m, c) => new { MomentId = m.Id, CharacterId = c.Id, Romantic = m.Tags.Any(t => romance.Contains(t.Slug)) })
            .OrderBy(r => r.MomentId).ThenBy(r => r.CharacterId)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.MomentId)
            .Select(g => new MomentEvidence(g.Key, g.Select(r => r.CharacterId).ToList(), g.First().Romantic))
            .ToList();
    }
}
