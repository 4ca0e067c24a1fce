using System.Linq.Expressions;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Moments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace KdramaMoments.Web.Couples;

/// <summary>A couple's moments: those naming both roles of one of its pairings, read from the roles (indexed), a slice at a time.</summary>
public static class CoupleMoments
{
    /// <summary>The pairs of roles whose moments are the couple's.</summary>
    public static IReadOnlyList<(int First, int Second)> PairsOf(IEnumerable<PairingCount> pairings) =>
        pairings.Select(p => (p.First.Id, p.Second.Id)).ToList();

    /// <summary>
    /// The moments naming both characters of one of these pairs, found from the first characters' moments (the join
    /// table's index on its character) rather than by asking every moment. None when there is no pair.
    /// </summary>
    public static IQueryable<Moment> OfPairs(this IQueryable<Moment> moments, KdramaDbContext db, IReadOnlyList<(int First, int Second)> pairs)
    {
        if (pairs.Count == 0)
        {
            return moments.Where(_ => false);
        }
        // One "names both" test per pair, joined by OR: two pairings in one drama do not make their roles' other pairs a couple.
        var moment = Expression.Parameter(typeof(Moment), "m");
        Expression? any = null;
        foreach (var (first, second) in pairs)
        {
            Expression<Func<Moment, bool>> both = m => m.Characters.Any(c => c.Id == first) && m.Characters.Any(c => c.Id == second);
            var body = ReplacingExpressionVisitor.Replace(both.Parameters[0], moment, both.Body);
            any = any is null ? body : Expression.OrElse(any, body);
        }
        return moments.OfCharacters(db, pairs.Select(p => p.First).Distinct().ToList()).Where(Expression.Lambda<Func<Moment, bool>>(any!, moment));
    }

    /// <summary>A couple's page's order: by the drama's year (unknown last) and title, then episode (unknown last), then address.</summary>
    public static IOrderedQueryable<Moment> InCoupleOrder(this IQueryable<Moment> moments) =>
        moments.OrderBy(m => m.Drama.Year == null).ThenBy(m => m.Drama.Year).ThenBy(m => m.Drama.Title)
            .ThenBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Slug);

    /// <summary>
    /// The first <paramref name="count"/> of a couple's moments in <see cref="InCoupleOrder"/>, as cards: read from the
    /// pairings in the first dramas of that order whose counts reach the count (with every pairing in a drama of the same
    /// year and title as the last, which the order interleaves), not from all the couple's moments.
    /// </summary>
    public static async Task<List<MomentCard>> FirstCardsAsync(KdramaDbContext db, CoupleSummary couple, int count, CancellationToken cancellationToken)
    {
        // A pairing's moments are all of its drama. Titles compare as the database orders them (binary on SQLite, collation "C" on PostgreSQL).
        var pairings = couple.Pairings.Where(p => p.Moments > 0)
            .OrderBy(p => p.First.Year is null).ThenBy(p => p.First.Year).ThenBy(p => p.First.Drama, StringComparer.Ordinal).ToList();
        var taken = new List<PairingCount>();
        var named = 0;
        foreach (var pairing in pairings)
        {
            if (named >= count && !(pairing.First.Year == taken[^1].First.Year && string.Equals(pairing.First.Drama, taken[^1].First.Drama, StringComparison.Ordinal)))
            {
                break;
            }
            taken.Add(pairing);
            named += pairing.Moments;
        }
        Task<List<MomentCard>> CardsAsync(IEnumerable<PairingCount> of) =>
            db.Moments.AsNoTracking().OfPairs(db, PairsOf(of)).InCoupleOrder().ToCards().Take(count).AsSplitQuery().ToListAsync(cancellationToken);
        var first = await CardsAsync(taken);
        // Two pairings of one drama may share a moment, so the slice may hold fewer than its counts promised: then all of them.
        return first.Count == count || taken.Count == pairings.Count ? first : await CardsAsync(pairings);
    }
}
