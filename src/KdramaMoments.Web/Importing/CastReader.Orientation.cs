using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

// Which side of a credit is the actor when its form does not say: "A (B)" and a cast line's "A — B" are written both ways
// round ("Yoon Se-ri (Son Ye-jin)", "Son Ye-jin (Yoon Se-ri)"; "Cast: Son Ye-jin — Yoon Se-ri", "• Yoon Se-ri — Son Ye-jin").
public static partial class CastReader
{
    private const string DashedEntry = "dashed entry";

    /// <summary>A credit read from a form that names two people without saying which plays which.</summary>
    private static bool IsOrderless(CreditMention m) =>
        m.Pattern is "parenthesis" or DashedEntry && m.Character is not null && m.Actor is not null && m.ActorAlias is null;

    /// <summary>
    /// Orderless credits turned round where the evidence says their first name is the actor: the cast list (a name it lists as an
    /// actor's or as a character's, in any drama), else the item's own credits whose words say which is which ("A plays B", "B,
    /// played by A", "A as B", "A's B") and the heading's people. A credit with no evidence of its own follows the item's other
    /// orderless credits, else the article's order (<see cref="CastEvidence.ActorFirst"/>): an article writes its credits one way.
    /// </summary>
    internal static List<CreditMention> Oriented(List<CreditMention> mentions, CastEvidence evidence)
    {
        if (!mentions.Any(IsOrderless))
        {
            return mentions;
        }
        var votes = mentions.Select(m => IsOrderless(m) ? ActorFirstVote(m, mentions, evidence) : 0).ToList();
        var itemOrder = Math.Sign(votes.Sum());
        var order = itemOrder != 0 ? itemOrder : evidence.ActorFirst switch { true => 1, false => -1, null => 0 };
        return mentions.Select((m, k) => IsOrderless(m) && (votes[k] > 0 || votes[k] == 0 && order > 0) ? m with { Character = m.Actor, Actor = m.Character } : m).ToList();
    }

    /// <summary>The sum of the orderless credits' votes: above 0 when the item writes its actors first, below 0 when its roles.</summary>
    internal static int ActorFirstVotes(CastEvidence evidence)
    {
        var mentions = FindCredits(Text(evidence)).Concat(DashedCastEntries(FactLines(evidence))).ToList();
        return mentions.Where(IsOrderless).Sum(m => ActorFirstVote(m, mentions, evidence));
    }

    // +1 when the evidence says the credit's first name (read as the character) is the actor, −1 when it agrees with the reading.
    // The cast list decides when it knows either name; the item's cues and heading only when it knows neither. Two names of one
    // actor ("IU (Lee Ji-eun)") are no credit to turn round, nor is a parenthesis inside a cued credit ("Luna (Han Yu-ri) plays …").
    private static int ActorFirstVote(CreditMention m, List<CreditMention> mentions, CastEvidence evidence)
    {
        var (first, second) = (KnownCasts.KnowsName(m.Character!), KnownCasts.KnowsName(m.Actor!));
        if (first.Actor && second.Actor || mentions.Any(o => !IsOrderless(o) && o.Length > 0 && m.Length > 0 && o.Index < m.Index + m.Length && m.Index < o.Index + o.Length))
        {
            return 0;
        }
        var listed = Math.Sign(Listed(first) - Listed(second));
        if (listed != 0)
        {
            return listed;
        }
        var cued = mentions.Where(o => !IsOrderless(o)).ToList();
        return Math.Sign(ActorEvidence(m.Character!, cued, evidence) - ActorEvidence(m.Actor!, cued, evidence));
    }

    private static int Listed((bool Actor, bool Character) known) => (known.Actor ? 1 : 0) - (known.Character ? 1 : 0);

    /// <summary>How strongly the item says a name is an actor's (above 0) or a character's (below 0): its cued credits and heading.</summary>
    internal static int ActorEvidence(string name, List<CreditMention> cued, CastEvidence evidence)
    {
        var score = 0;
        score += cued.Any(c => c.Actor is { } a && SamePerson(a, name)) ? 1 : 0;
        score -= cued.Any(c => c.Character is { } r && SamePerson(r, name)) ? 1 : 0;
        // "Ung and Yeon-su" over "Choi Woo-shik (Choi Ung)": the heading names the couple by their roles.
        score -= evidence.HeadingPeople.Any(p => p.Role != PersonRole.Actor && (SamePerson(p.Name, name) || PersonNames.IsNameSuffix(p.Name, name))) ? 1 : 0;
        score += evidence.HeadingPeople.Any(p => p.Role == PersonRole.Actor && SamePerson(p.Name, name)) ? 1 : 0;
        return score;
    }

    /// <summary>
    /// A cast line's entries joined by a dash and set apart by bars (<c>Cast: Ji Chang-wook — Seo Jung-hoo | Park Min-young —
    /// Chae Young-shin</c>): one credit each, read actor first (a cast line lists actors) until <see cref="Oriented"/> weighs it.
    /// </summary>
    internal static IEnumerable<CreditMention> DashedCastEntries(IEnumerable<FactLine> facts)
    {
        foreach (var fact in facts.Where(IsCastLine))
        {
            foreach (var entry in fact.Value.Split(['|', ';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (DashedPair().Match(entry) is { Success: true } pair)
                {
                    yield return new CreditMention(DashedEntry, pair.Groups["second"].Value, pair.Groups["first"].Value, 0);
                }
            }
        }
    }
}
