namespace KdramaMoments.Web.Couples;

/// <summary>One moment as the pairing rule sees it: its characters and whether it carries a romance trope.</summary>
public sealed record MomentEvidence(int MomentId, IReadOnlyList<int> CharacterIds, bool Romantic);

/// <summary>An editor's correction of one pair of characters (see <see cref="Domain.PairingCorrection"/>).</summary>
public sealed record PairVerdict(int FirstCharacterId, int SecondCharacterId, bool IsCouple);

/// <summary>Why two characters are a couple.</summary>
public enum PairReason
{
    /// <summary>They share a moment with a romance trope.</summary>
    RomanceTrope,
    /// <summary>A moment names exactly the two of them: the item's couple as the importer read it.</summary>
    ItemCouple,
    /// <summary>An editor said so.</summary>
    Editor,
}

public sealed record CharacterPair(int FirstCharacterId, int SecondCharacterId, PairReason Reason, IReadOnlyList<int> MomentIds);

/// <summary>
/// The pairing rule. Two characters are a couple when they share a moment that carries a romance trope
/// (<see cref="RomanceTropes"/>), or a moment that names exactly the two of them (an item's couple as the importer
/// read it: "Hyun Bin for Son Ye Jin in …"). An editor's correction overrides the rule either way. A pair's
/// moments are all the moments that name both characters.
/// </summary>
public static class CoupleRule
{
    public static readonly IReadOnlyList<string> RomanceTropes =
        ["confession", "kiss", "hug", "proposal", "date", "first-love", "reunion", "piggyback"];

    public static IReadOnlyList<CharacterPair> Pairs(IEnumerable<MomentEvidence> moments, IEnumerable<PairVerdict> corrections)
    {
        var verdicts = corrections.ToDictionary(v => (v.FirstCharacterId, v.SecondCharacterId), v => v.IsCouple);
        var shared = Shared(moments);
        return shared.Keys.Union(verdicts.Where(v => v.Value).Select(v => v.Key))
            .Select(pair => (Pair: pair, Moments: shared.GetValueOrDefault(pair) ?? []))
            .Select(x => (x.Pair, x.Moments, Reason: ReasonFor(x.Moments, verdicts.TryGetValue(x.Pair, out var said) ? said : null)))
            .Where(x => x.Reason is not null)
            .Select(x => new CharacterPair(x.Pair.Item1, x.Pair.Item2, x.Reason!.Value, x.Moments.Select(m => m.MomentId).Order().ToList()))
            .ToList();
    }

    /// <summary>Every pair of characters that appear together, with the moments they share.</summary>
    public static Dictionary<(int, int), List<MomentEvidence>> Shared(IEnumerable<MomentEvidence> moments) =>
        moments.SelectMany(m => PairsOf(m.CharacterIds).Select(pair => (Pair: pair, Moment: m)))
            .GroupBy(x => x.Pair)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Moment).DistinctBy(m => m.MomentId).ToList());

    /// <summary>Why the rule pairs two characters from what they share, or null when it does not.</summary>
    public static PairReason? ReasonFor(IReadOnlyCollection<MomentEvidence> shared, bool? editorSaid) =>
        ReasonFor(shared.Any(m => m.Romantic), shared.Any(m => m.CharacterIds.Distinct().Count() == 2), editorSaid);

    /// <summary>As above, from what the shared moments come to: one with a romance trope, one naming just the two.</summary>
    public static PairReason? ReasonFor(bool romantic, bool namedAlone, bool? editorSaid) => editorSaid switch
    {
        true => PairReason.Editor,
        false => null,
        null when romantic => PairReason.RomanceTrope,
        null when namedAlone => PairReason.ItemCouple,
        _ => null,
    };

    /// <summary>
    /// The couple of one moment, by the same rule: of the pairs the rule makes in its drama, one whose two characters
    /// are both in the moment; the pair its title names first ("Eun-tak and Kim Shin: the rescue"), then the pair with
    /// the most moments together. Empty when the rule pairs no two of its characters (everyone in it is then cast, not couple).
    /// </summary>
    /// <param name="characters">The moment's characters with their names.</param>
    /// <param name="title">The moment's title ("" when there is none to read).</param>
    /// <param name="dramaPairs">The pairs the rule makes in the moment's drama (<see cref="Pairs"/> over its moments).</param>
    public static IReadOnlyList<int> CoupleOf(IReadOnlyList<(int Id, string Name)> characters, string title, IEnumerable<CharacterPair> dramaPairs) =>
        CoupleOf(characters, title, dramaPairs.Select(p => new CountedPair(p.FirstCharacterId, p.SecondCharacterId, p.MomentIds.Count)));

    /// <summary>A pair the rule makes and how many moments its two characters share: all the choice of a moment's couple weighs.</summary>
    public sealed record CountedPair(int FirstCharacterId, int SecondCharacterId, int MomentCount);

    /// <summary>As above, from the pairs with their shared moments counted (<see cref="Couples.PairEvidence"/>).</summary>
    public static IReadOnlyList<int> CoupleOf(IReadOnlyList<(int Id, string Name)> characters, string title, IEnumerable<CountedPair> dramaPairs)
    {
        var present = characters.ToDictionary(c => c.Id, c => c.Name);
        var foldedTitle = Domain.Names.Normalize(title);
        int Named(int id) => NameKeys(present[id]).Any(foldedTitle.Contains) ? 1 : 0;
        var best = dramaPairs.Where(p => present.ContainsKey(p.FirstCharacterId) && present.ContainsKey(p.SecondCharacterId))
            .OrderByDescending(p => Named(p.FirstCharacterId) + Named(p.SecondCharacterId))
            .ThenByDescending(p => p.MomentCount)
            .ThenBy(p => p.FirstCharacterId).ThenBy(p => p.SecondCharacterId)
            .FirstOrDefault();
        return best is null ? [] : [best.FirstCharacterId, best.SecondCharacterId];
    }

    /// <summary>How a title may name a character: any two neighbouring words of the name ("Ji Eun Tak" → "jieun", "euntak"), or a one-word name whole.</summary>
    private static IEnumerable<string> NameKeys(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Domain.Names.Normalize).Where(w => w.Length > 0).ToArray();
        return words.Length == 1 ? words : words.Zip(words.Skip(1), (first, second) => first + second);
    }

    public static (int, int) Ordered(int a, int b) => a < b ? (a, b) : (b, a);

    private static IEnumerable<(int, int)> PairsOf(IReadOnlyList<int> characterIds)
    {
        var ids = characterIds.Distinct().Order().ToList();
        return ids.SelectMany((a, i) => ids.Skip(i + 1).Select(b => (a, b)));
    }
}
