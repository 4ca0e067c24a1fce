using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

// The cast reader's pairing steps: roles and actors the credit patterns left apart, paired by what the item says around them.
public static partial class CastReader
{
    /// <summary>
    /// "Han Ji-pyeong in ‘Start-Up’" over "Kim Seon-ho's investor loses the girl": when the heading is about one role the
    /// item leaves without an actor, and the text names exactly one other actor (by "played by", a possessive before a
    /// description, or "A played the …"), that actor plays the heading's role.
    /// </summary>
    internal static void PairHeadingRoleWithLoneActor(List<Credit> credits, string text, CastEvidence evidence, List<(int Start, int End)> passing)
    {
        var roles = evidence.HeadingPeople.Where(p => p.Role != PersonRole.Actor).Select(p => p.Name).ToList();
        if (roles.Count != 1 || PersonNames.Clean(roles[0]) is not { } name || !IsName(name) || credits.Any(c => c.Answers(name) && c.Actor is not null))
        {
            return;
        }
        var actors = LoneActor().Matches(text)
            .Where(m => !InSpan(passing, m.Index, m.Index + m.Length))
            .Select(m => PersonNames.Clean(m.Groups["actor"].Value))
            .OfType<string>()
            .Where(a => (PersonNames.Words(a).Length >= 2 && PersonNames.LooksKorean(a)) || IsStageName(a))
            .Where(a => !credits.Any(c => c.Answers(a) || c.PlayedBy(a)))
            .DistinctBy(PersonNames.RomanisationKey)
            .ToList();
        if (actors.Count == 1 && credits.Count < MaxPeople)
        {
            if (credits.FirstOrDefault(c => c.Character is not null && c.Answers(name)) is { } role)
            {
                role.Absorb(null, actors[0]);
            }
            else
            {
                credits.Add(new Credit(name, actors[0]));
            }
        }

        static bool IsStageName(string name) => PersonNames.Words(name).Length == 1 && name.Length >= 2 && char.IsUpper(name[0]);
    }

    /// <summary>
    /// "Kim Hye-yoon plays Sol" where the item introduced "Im Sol": a role credited by a given name takes the full name
    /// the heading or the body gives, when exactly one full name ends that way.
    /// </summary>
    internal static void CompleteGivenNames(List<Credit> credits, CastEvidence evidence)
    {
        var text = evidence.Heading + "\n" + string.Join('\n', evidence.Body);
        var fullNames = RunPattern().Matches(text[..Math.Min(text.Length, SetUpLength)]).Select(m => FullNameEnding(m.Value)).OfType<string>()
            .DistinctBy(PersonNames.RomanisationKey).Take(MaxPeople).ToList();
        foreach (var credit in credits.Where(c => c.Character is { } name && !name.Contains(' ', StringComparison.Ordinal)))
        {
            var given = PersonNames.RomanisationKey(credit.Character!);
            var full = fullNames.Where(n => PersonNames.RomanisationKey(n[(n.IndexOf(' ', StringComparison.Ordinal) + 1)..]) == given && !credits.Any(c => c.PlayedBy(n))).Take(2).ToList();
            if (full.Count == 1)
            {
                credit.Absorb(full[0], null);
            }
        }
        MergeDuplicates(credits);
    }

    // "Superfan Im Sol" → "Im Sol": the longest end of a run of capitalised words that is a full Korean name.
    private static string? FullNameEnding(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, Math.Max(0, words.Length - 1)).Select(i => string.Join(' ', words[i..])).FirstOrDefault(PersonNames.LooksLikeFullName);
    }

    internal static void RolesFromHeading(List<Credit> credits, CastEvidence evidence)
    {
        var names = HeadingNames(evidence.Heading).Distinct().Take(MaxPeople).ToList();
        foreach (var full in names)
        {
            var shortened = credits.FirstOrDefault(c => c.Character is not null && PersonNames.IsNameSuffix(c.Character, full));
            shortened?.Absorb(full, shortened.Actor);
        }
        MergeDuplicates(credits);
        var body = string.Join('\n', evidence.Body);
        // A name the heading gives without saying who it is counts when the body keeps using it (in full or by given name).
        var unknown = evidence.HeadingPeople.Where(p => p.Role == PersonRole.Unknown).Select(p => p.Name).Where(IsName)
            .Where(n => PersonNames.CountMentions(n, body) + GivenNameMentions(n, body) >= 2);
        foreach (var name in names.Where(n => PersonNames.CountMentions(n, body) >= 2).Concat(unknown))
        {
            if (credits.Count < MaxPeople && PersonNames.Clean(name) is { } clean && !credits.Any(c => c.Answers(clean)) && !IsDramaOrActor(clean, credits, evidence.DramaTitle))
            {
                credits.Add(new Credit(clean, null));
            }
        }
    }

    /// <summary>How far back a pronoun looks for the person it stands for: the sentence before, about.</summary>
    internal const int PronounReach = 300;

    /// <summary>
    /// "Kim Soo-hyun makes the list twice. He plays Baek Hyun-woo" and "Cheon Sa-rang is … ; she's played by Im Yoon-ah":
    /// a pronoun stands for the nearest name before it of the kind the sentence needs (an actor who plays, a role that
    /// is played), when that person has no partner yet.
    /// </summary>
    internal static void PairPronouns(List<Credit> credits, string text, List<(int Start, int End)> passing)
    {
        foreach (var (regex, pronounIsActor) in new[] { (PronounPlays(), true), (PronounPlayedBy(), false) })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (InSpan(passing, m.Index, m.Index + m.Length) || credits.Count >= MaxPeople)
                {
                    continue;
                }
                var named = PersonNames.Clean(m.Groups[pronounIsActor ? "char" : "actor"].Value);
                var before = text[Math.Max(0, m.Index - PronounReach)..m.Index];
                var referent = NearestName(before, name => pronounIsActor
                    ? credits.Any(c => c.PlayedBy(name)) || (PersonNames.LooksLikeFullName(name) && !credits.Any(c => c.Character is not null && c.Answers(name)))
                    : !credits.Any(c => c.PlayedBy(name)) && !(named is not null && SamePerson(name, named)));
                if (named is null || referent is null)
                {
                    continue;
                }
                var (character, actor) = pronounIsActor ? (named, referent) : (referent, named);
                var role = credits.FirstOrDefault(c => c.Character is not null && c.Answers(character));
                var player = credits.FirstOrDefault(c => c.PlayedBy(actor));
                if (role?.Actor is not null || player?.Character is not null)
                {
                    continue; // already paired: the explicit credit wins
                }
                if (player is null)
                {
                    player = new Credit(null, actor);
                    credits.Add(player);
                }
                player.Absorb(character, null);
                if (role is not null && role != player)
                {
                    player.AbsorbAll(role);
                    credits.Remove(role);
                }
            }
        }
    }

    private static string? NearestName(string before, Func<string, bool> fits)
    {
        string? nearest = null;
        foreach (Match m in RunPattern().Matches(before))
        {
            if (PersonNames.Clean(m.Value) is { } name && (PersonNames.LooksKorean(name) || PersonNames.LooksLikeFullName(name)) && fits(name))
            {
                nearest = name;
            }
        }
        return nearest;
    }

    /// <summary>
    /// "Hyun Bin plays a North Korean captain. Ri Jeong-hyeok …": an actor given a description, and a role named
    /// at the start of the next sentence, pair when neither has a partner and nothing else competes for them.
    /// </summary>
    internal static void PairAdjacentSentences(List<Credit> credits, string text, List<(int Start, int End)> passing, List<string> couple)
    {
        var found = new List<(string Actor, string Character)>();
        foreach (Match m in AdjacentSentences().Matches(text))
        {
            if (m.Groups["more"].Success || InSpan(passing, m.Index, m.Index + 1))
            {
                continue;
            }
            var actor = PersonNames.Clean(m.Groups["actor"].Value);
            var character = PersonNames.Clean(m.Groups["char"].Value);
            if (actor is null || character is null || SamePerson(actor, character) || credits.Any(c => c.PlayedBy(character))
                || credits.Any(c => c.PlayedBy(actor) && c.Character is not null) || credits.Any(c => c.Character is not null && c.Answers(actor))
                || couple.Any(c => SamePerson(c, actor)))
            {
                continue;
            }
            var role = credits.FirstOrDefault(c => c.Character is not null && c.Answers(character));
            if (role?.Actor is not null || (role is null && !PersonNames.LooksKorean(character)))
            {
                continue;
            }
            found.Add((actor, character));
        }
        // Unambiguous only: each actor and each role in exactly one such pair.
        foreach (var (actor, character) in found)
        {
            if (found.Count(f => SamePerson(f.Actor, actor)) == 1 && found.Count(f => SamePerson(f.Character, character)) == 1)
            {
                var credit = credits.FirstOrDefault(c => c.PlayedBy(actor));
                if (credit is null)
                {
                    credit = new Credit(null, actor);
                    credits.Add(credit);
                }
                var role = credits.FirstOrDefault(c => c.Character is not null && c.Answers(character));
                credit.Absorb(character, null);
                if (role is not null)
                {
                    credit.AbsorbAll(role);
                    credits.Remove(role);
                }
            }
        }
    }

    /// <summary>
    /// The roles a cast line could be paired with, in the order the item names them: a Couple line's, else the
    /// heading's, else the body's. <c>Stated</c> is false for a heading word run only guessed to be a name.
    /// </summary>
    internal static List<(string Name, bool Stated)> OrderedCharacters(List<Credit> credits, CastEvidence evidence, List<string> couple)
    {
        // "Couple: Hyun Bin & Son Ye-jin": when the body credits those names as actors, they are the actors.
        var fromCouple = couple.Where(n => !IsDramaOrActor(n, credits, evidence.DramaTitle)).Select(n => (n, true)).ToList();
        if (couple.Count > 0)
        {
            return fromCouple;
        }
        // Only a name the heading says is a role is stated; one it merely names waits for the body to confirm it.
        var fromHeading = evidence.HeadingPeople
            .Where(p => p.Role != PersonRole.Actor)
            .Select(p => (Name: p.Name, Stated: p.Role == PersonRole.Character))
            .Concat(HeadingNames(evidence.Heading).Select(n => (Name: n, Stated: false)))
            .Select(p => (Name: PersonNames.Clean(p.Name)!, p.Stated))
            .Where(p => p.Name is not null && !IsDramaOrActor(p.Name, credits, evidence.DramaTitle))
            .DistinctBy(p => PersonNames.RomanisationKey(p.Name))
            .ToList();
        if (fromHeading.Count > 0 || !credits.Any(c => c.Character is null))
        {
            return fromHeading; // the body's names matter only to actors waiting for a role
        }
        return BodyNames(evidence.Body).Where(n => !IsDramaOrActor(n, credits, evidence.DramaTitle)).Select(n => (n, false)).ToList();
    }

    /// <summary>
    /// The people the body names by romanised Korean names, once each, in the order it first names them. Only the
    /// set-up is read: an item introduces its couple early, and a cast line pairs with those introductions.
    /// </summary>
    internal static List<string> BodyNames(IEnumerable<string> body)
    {
        var names = new List<string>();
        var setUp = string.Join('\n', body);
        foreach (var name in HeadingNames(setUp[..Math.Min(setUp.Length, SetUpLength)]).Select(PersonNames.Clean).OfType<string>())
        {
            var same = names.FindIndex(n => SamePerson(n, name) || PersonNames.IsNameSuffix(name, n) || PersonNames.IsNameSuffix(n, name));
            if (same < 0)
            {
                names.Add(name);
            }
            else if (PersonNames.Words(name).Length > PersonNames.Words(names[same]).Length)
            {
                names[same] = name; // the full name, where the short one came first
            }
            if (names.Count > MaxPeople)
            {
                break;
            }
        }
        return names;
    }

    /// <summary>
    /// A cast line ("Cast: Hyun Bin, Son Ye-jin") pairs in order with the roles nothing else paired, when the counts
    /// agree; what the body credits itself is never re-paired. Stated roles are kept whether paired or not.
    /// </summary>
    internal static void PairInOrder(List<Credit> credits, List<(string Name, bool Stated)> characters, List<string> listed, List<FactLine> facts, string characterSource, List<ItemDoubt> doubts)
    {
        var roles = characters
            .Select(n => credits.FirstOrDefault(c => c.Character is not null && c.Answers(n.Name)) ?? new Credit(n.Name, null))
            .Where(c => c.Actor is null)
            .Distinct()
            .ToList();
        var actors = listed
            .Select(a => credits.FirstOrDefault(c => c.PlayedBy(a)))
            .OfType<Credit>()
            .Where(c => c.Character is null)
            .Distinct()
            .ToList();
        var paired = roles.Count > 0 && roles.Count == actors.Count;
        foreach (var role in roles.Where(r => !credits.Contains(r)))
        {
            if ((paired || characters.Any(n => n.Stated && role.Answers(n.Name))) && credits.Count < MaxPeople)
            {
                credits.Add(role);
            }
        }
        if (roles.Count > 0 && actors.Count > 0 && !paired)
        {
            var line = facts.FirstOrDefault(f => !IsKey(f, "couple"))?.Key ?? "Starring";
            doubts.Add(new ItemDoubt("cast", $"{line} line lists {actors.Count} actors but {characterSource} names {roles.Count} characters"));
        }
        if (!paired)
        {
            return;
        }
        for (var i = 0; i < roles.Count; i++)
        {
            doubts.Add(new ItemDoubt("cast", $"paired by order: {roles[i].Character} with {actors[i].Actor}"));
            roles[i].AbsorbAll(actors[i]);
            credits.Remove(actors[i]);
        }
    }
}
