using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>Proposes trope tags from an item's words; editors decide which stay.</summary>
public static partial class TagProposer
{
    private static readonly (string Tag, Regex Pattern)[] Rules =
    [
        ("confession", Rx(@"\bconfess\w*|\bdeclar\w* (?:his|her|their) (?:feelings|love)|\btell\w* (?:her|him) (?:he|she) lik\w*|\btelling \w+ (?:he|she) liked|\bsays? 'love'|\bi love you\b")),
        ("kiss", Rx(@"\bkiss\w*")),
        ("hug", Rx(@"\bhug\w*|\bembrac\w*|\bholds? (?:her|him) tight\w*")),
        ("rescue", Rx(@"\brescu\w*|\bsav(?:e|es|ed|ing) (?:her|him|eun|\p{Lu})|\bprotect\w*|\bcome to save\b")),
        ("sacrifice", Rx(@"\bsacrific\w*|\brisk\w* everything|\bwilling to die|\bstep aside|\blet(?:ting)? (?:her|him) go\b|\bact of letting go")),
        ("grand-gesture", Rx(@"\bgrand gesture|\bhelicopter|\bsurprises? (?:her|him)|\bprivate visit|\bbreaks free|\bin front of everyone|\bdeclared .* in public|\btunnel")),
        ("reunion", Rx(@"\breunit\w*|\breunion|\breconcil\w*")),
        ("tears", Rx(@"\btears?\b|\bcry\w*|\bcrie[sd]\b|\bsob\w*|\bweep\w*|\btissues?\b|\bheart-?breaking")),
        ("comedy", Rx(@"\bhilarious|\bfunny|\bcomed\w*|\bgoofy|\bzany|\blaugh out loud")),
        ("rain", Rx(@"\brain\b|\braining|\bumbrella")),
        ("snow", Rx(@"\bsnow\w*")),
        ("proposal", Rx(@"\bpropos(?:e|es|ed|ing|al) (?:marriage|to (?:her|him))|\bproposing marriage")),
        ("piggyback", Rx(@"\bpiggy-?back")),
        ("first-love", Rx(@"\bfirst loves?\b")),
        ("farewell", Rx(@"\bgoodbye|\bfarewell|\bseparat\w*")),
        ("date", Rx(@"\bdate\b|\bamusement park")),
        ("time-travel", Rx(@"\btime travel\w*|\btimelines?\b|\btransported back")),
        ("danger", Rx(@"\bstabb?\w*|\bshot\b|\bbullet|\bbombs?\b|\bkidnapp\w*|\bserial killer|\bgun\b")),
    ];

    /// <summary>Tags for the text, in a stable order. Drama titles are removed first: "Something In The Rain" is no rain scene.</summary>
    public static IReadOnlyList<string> Propose(string text, IEnumerable<string> titlesToIgnore)
    {
        foreach (var title in titlesToIgnore.Where(t => t.Length > 2))
        {
            text = text.Replace(title, " ", StringComparison.OrdinalIgnoreCase);
        }
        return Rules.Where(r => r.Pattern.IsMatch(text)).Select(r => r.Tag).ToList();
    }

    private static Regex Rx(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
