using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing.Reference;

/// <summary>
/// The initials fans write for a title: the first letter of each word, hyphenated parts counted as words and a possessive's
/// <c>'s</c> dropped, once with the title's small words and once without ("Crash Landing on You" → CLOY and CLY, "Hometown
/// Cha-Cha-Cha" → HCCC). A title of fewer than three words, or one with a number in it, has none: its initials would be
/// too short, or fans write it otherwise ("2521", "Reply88").
/// </summary>
public static class TitleInitials
{
    private const int MinimumWords = 3;

    private static readonly HashSet<string> SmallWords = new(["a", "an", "the", "of", "on", "to", "in", "and", "or", "for", "with", "at", "by", "from"], StringComparer.OrdinalIgnoreCase);

    // Initials that chat writes for something else ("OMG", "TBH"): a title's initials that spell one prove nothing.
    private static readonly HashSet<string> ChatAcronyms = new(["OMG", "LOL", "WTF", "BTW", "IRL", "TBH", "IMO", "FYI", "SMH", "IDK", "POV", "OTP", "OST", "FTW", "NGL", "TIL", "AMA", "TFW", "ASAP", "CEO", "BFF", "LMAO", "IKR", "TBT", "FOMO", "YOLO", "GOAT", "MVP", "RIP", "AKA", "FAQ", "TBA", "TBD", "HEA", "DNF"], StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string title)
    {
        var words = title.Replace("'s ", " ", StringComparison.Ordinal).Replace("’s ", " ", StringComparison.Ordinal)
            .Split([' ', '-', ':', ',', '.', '!', '?', '&', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetterOrDigit(w[0]))
            .ToList();
        if (words.Count < MinimumWords || words.Any(w => w.Any(char.IsDigit)))
        {
            return [];
        }
        // The initials themselves are the ones editors' aliases use (Names.Abbreviation), of every word and of the big words.
        return new[] { Names.Abbreviation(string.Join(' ', words)), Names.Abbreviation(string.Join(' ', words.Where(w => !SmallWords.Contains(w)))) }
            .OfType<string>()
            .Where(a => a.Length >= MinimumWords && a.All(char.IsAsciiLetterUpper) && !ChatAcronyms.Contains(a))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
