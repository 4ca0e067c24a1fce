namespace KdramaMoments.Web.Couples;

/// <summary>One pairing of a couple as the couple's page shows it: the two roles, why the rule pairs them, how many moments name both.</summary>
public sealed record PairingCount(RoleRef First, RoleRef Second, PairReason Reason, int Moments);

/// <summary>
/// A couple as its page and feed read it (<see cref="CoupleQueries.BySlugAsync"/>): the pairings with their moments
/// counted, not listed; <see cref="MomentCount"/> counts the moments naming both roles of a pairing, each once.
/// </summary>
public sealed record CoupleSummary(PersonRef First, PersonRef Second, IReadOnlyList<PairingCount> Pairings, int MomentCount)
{
    public string Slug => Couple.SlugOf(First.Slug, Second.Slug);

    public string Title => $"{First.Name} & {Second.Name}";

    public int DramaCount => Pairings.Select(p => p.First.DramaId).Distinct().Count();

    public bool IsReunion => DramaCount >= 2;
}
