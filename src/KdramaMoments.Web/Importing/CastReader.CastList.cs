using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

// The cast reader's steps that use the cast list (known-casts.tsv): which listed names the item writes, and what they pair.
public static partial class CastReader
{
    /// <summary>
    /// What the cast list knows of the item's drama: a listed character's name is never an actor, and a listed actor and
    /// their role both named in the item are paired (each spelled as the item first spells them). Nobody the item does
    /// not name is added.
    /// </summary>
    internal static void FromCastList(List<Credit> credits, List<KnownMention> known)
    {
        if (known.Count == 0)
        {
            return;
        }
        bool IsListedCharacter(string name) => known.Any(k => k.Role.CharacterNames.Any(n => SamePerson(n, name)))
            && !known.Any(k => k.Role.ActorNames.Any(a => SamePerson(a, name) || IsShortFor(name, a)));
        // "Yoon Se-ri (Ri Jeong-hyeok)": a role read as an actor becomes the role it is.
        foreach (var credit in credits.Where(c => c.Actor is not null && IsListedCharacter(c.Actor)).ToList())
        {
            credits.Remove(credit);
            credits.Add(new Credit(credit.Actor, null));
            if (credit.Character is not null)
            {
                credits.Add(new Credit(credit.Character, null));
            }
        }
        foreach (var role in known.Select(k => k.Role).Distinct())
        {
            var actorSpellings = known.Where(k => k.Role == role && k.IsActor).Select(k => k.Text).DistinctBy(PersonNames.RomanisationKey).ToList();
            var characterSpellings = known.Where(k => k.Role == role && !k.IsActor).Select(k => k.Text).DistinctBy(PersonNames.RomanisationKey).ToList();
            if (actorSpellings.Count == 0 || credits.Count >= MaxPeople)
            {
                continue;
            }
            var player = credits.FirstOrDefault(c => actorSpellings.Any(c.PlayedBy));
            if (player is null)
            {
                player = new Credit(null, actorSpellings[0]);
                credits.Add(player);
            }
            // The item's own name for the actor stands; the list's other spellings it also writes are kept beside it.
            actorSpellings.ForEach(player.AbsorbActorAlias);
            // "Cast: IU (Lee Ji-eun)": a listed actor's other name read as a role is the actor's name.
            player.Forget(actorSpellings);
            if (characterSpellings.Count == 0 || (player.Character is { } played && !IsListedCharacter(played)))
            {
                continue; // the item gives the actor a role the list does not know: the item's word stands
            }
            if (player.Character is { } own && role.CharacterNames.Any(n => SamePerson(n, own) || PersonNames.IsNameSuffix(own, n)))
            {
                continue; // already paired as the list says, under the names the item chose
            }
            if (player.Character is { } other && IsListedCharacter(other) && !role.CharacterNames.Any(n => SamePerson(n, other)))
            {
                // Another listed role wrongly given to this actor goes back to being a role alone.
                var freed = new Credit(other, null);
                var rest = player.ActorNames();
                credits.Remove(player);
                player = new Credit(null, rest[0]);
                rest.Skip(1).ToList().ForEach(player.AbsorbActorName);
                credits.Add(player);
                credits.Add(freed);
            }
            foreach (var roleCredit in credits.Where(c => c != player && c.Character is not null && characterSpellings.Any(c.Answers)).ToList())
            {
                if (roleCredit.Actor is not null && !roleCredit.ActorNames().Any(player.PlayedBy))
                {
                    roleCredit.Forget(characterSpellings);
                    continue;
                }
                player.AbsorbAll(roleCredit);
                credits.Remove(roleCredit);
            }
            characterSpellings.ForEach(n => player.Absorb(n, null));
        }
        credits.RemoveAll(c => c.Character is null && c.Actor is null);
        MergeDuplicates(credits);
    }

    /// <summary>
    /// The cast list's names the item writes outside passing mentions of other dramas: in its heading and body, and in
    /// its fact lines ("Cast: Kim Soo-hyun, Seo Yea-ji" over a body that names Moon Gang-tae), which count once each.
    /// </summary>
    internal static List<KnownMention> KnownNames(string dramaTitle, string text, List<FactLine> facts, List<(int Start, int End)> passing)
    {
        var factText = string.Join('\n', facts.Select(f => f.Key + ": " + f.Value));
        var all = text + "\n" + factText;
        return KnownCasts.NamedIn(dramaTitle, all)
            .Where(k => k.Index > text.Length || !InSpan(passing, k.Index, k.Index + k.Text.Length))
            .Take(MaxPeople * 4)
            .ToList();
    }
}
