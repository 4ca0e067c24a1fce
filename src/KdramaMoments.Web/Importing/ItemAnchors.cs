using System.Text.RegularExpressions;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// An item that opens a paragraph instead of standing on a heading line: forum posts, threads and features
/// that begin each entry with the drama — a rank (<c>3/ some show (2023) — …</c>), a title with its year
/// (<c>Some Title (2016) – When …</c>, <c>… but Some Title (2024). …</c>), or a short title-case first
/// sentence (<c>Some Title. The …</c>). The anchor is the item's heading and the rest of the paragraph its text.
/// </summary>
public static partial class ItemAnchors
{
    /// <summary>The paragraph's opening read as a heading, and what follows it.</summary>
    public sealed record Anchor(ListMarker Marker, string Rest);

    private const int MaxLeadWords = 12;
    private const int MaxSentenceTitleWords = 7;
    private const int MinRestWords = 5;

    public static Anchor? Read(string paragraph)
    {
        if (!TextShape.IsProse(paragraph))
        {
            return null;
        }
        var marker = ListMarker.Read(paragraph);
        var text = marker.Text;
        if (OpensWithSeveralTitles(text))
        {
            return null;
        }
        if ((TitleWithYear(text) ?? KnownTitleOpening(text) ?? TitleBeforeSeparator(text, marker.IsNumbered)) is not var (heading, rest))
        {
            return null;
        }
        return TextShape.WordCount(rest) < MinRestWords
            ? null
            : new Anchor(marker with { Shape = marker.IsNumbered ? marker.Shape : marker.Shape + "-anchor", Text = heading }, rest);
    }

    // "Not exactly a meet-cute but Some Title (2024). Then …": the title is the capitalised run before the year.
    private static (string, string)? TitleWithYear(string text)
    {
        var match = YearTitle().Match(text);
        if (!match.Success || TextShape.WordCount(match.Groups["lead"].Value) > MaxLeadWords || SentenceBreak().IsMatch(match.Groups["lead"].Value))
        {
            return null;
        }
        // The heading keeps the parenthesis as written ("“Winter Sonata” (KBS, 2002)"): its network is the article's words too.
        var title = WithoutOpeningPreposition(TrailingTitle(match.Groups["lead"].Value.Trim()), match.Value.EndsWith(','));
        return ($"{title} {match.Groups["paren"].Value}", RestAfter(text, match.Length));
    }

    // "In W (2016), Oh Yeon-joo …", "After Some Title (2019), …": a sentence that opens with a preposition before the dated
    // title is about the drama, not titled with the preposition; a title that opens with one ("At a Distance, Spring Is
    // Green") is kept when the shelf knows it, or when no comma closes the phrase.
    private static string WithoutOpeningPreposition(string title, bool commaAfter)
    {
        var space = title.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !OpeningPrepositions.Contains(title[..space]) || KnownDramas.Knows(title))
        {
            return title;
        }
        var rest = title[(space + 1)..];
        return commaAfter || KnownDramas.Knows(rest) ? rest : title;
    }

    private static readonly HashSet<string> OpeningPrepositions = ["In", "On", "At", "From", "With", "After", "Before", "During", "Since", "Throughout", "Unlike"];

    // "Our Beloved Summer, Hometown Cha-Cha-Cha and Crash Landing on You could each …": a sentence that opens by listing
    // titles the shelf knows is about them all, no one item's opening.
    private static bool OpensWithSeveralTitles(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (KnownDramas.NamedIn(words.Take(KnownDramas.MaxWords + 1).ToArray()).FirstOrDefault() is not { Text: { } first, Word: 0 })
        {
            return false;
        }
        var titleWords = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words[titleWords - 1].EndsWith(',')
            && KnownDramas.NamedIn(words.Skip(titleWords).Take(KnownDramas.MaxWords + 2).ToArray()).Any(n => n.Word <= 1);
    }

    // "Mr. Queen – not what you'd expect", "Crash Landing on You is the one …": a paragraph that opens with a drama the reference
    // shelf knows opens an item, whatever punctuation the title holds or follows it with.
    private static (string, string)? KnownTitleOpening(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (KnownDramas.NamedIn(words.Take(KnownDramas.MaxWords + 1).ToArray()).FirstOrDefault() is not { Text: { } title, Word: 0 })
        {
            return null;
        }
        // The title must end its clause ("Mr. Queen – …", "Healer. The …"): "Goblin came out in 2016" is a sentence about it.
        var titleWords = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var after = string.Join(' ', words.Skip(titleWords));
        var closed = words[titleWords - 1].TrimEnd('*', '_', '"', '”', '’') is [.., ',' or '.' or '!' or '?' or ':'] || after is ['–' or '—' or '-' or '|', ..];
        var rest = RestAfter(after, 0);
        return closed && TextShape.WordCount(rest) >= MinRestWords ? (title, rest) : null;
    }

    // "Some Title — she …", "Some Title!!! The …", "Some Title, ep 1. …": a short opening clause that reads as a title.
    // A ranked paragraph may write its title in lowercase ("3/ some show — …"); an unranked one must look like a title.
    private static (string, string)? TitleBeforeSeparator(string text, bool ranked)
    {
        var match = SeparatedLead().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var lead = match.Groups["lead"].Value.Trim();
        var words = TextShape.WordCount(lead);
        // "Morning! Two from me …", "Reminder: …": one word alone, unranked and unknown to the shelf, is too often a greeting or
        // a label to open an item; "Goblin - …" is a title.
        if (words > MaxSentenceTitleWords || (words < 2 && (match.Groups["sep"].Value.StartsWith(',') || !ranked && !KnownDramas.Knows(lead))))
        {
            return null;
        }
        var title = TrailingTitle(lead);
        if (!ranked && (!ReadsAsTitle(title) || title.Length < 4 || IsPersonAfterPreposition(title)))
        {
            return null;
        }
        var rest = RestAfter(text, match.Length);
        // "Jung-hwan's friend Choi Taek, played by Park Bo-gum, …": a character's credit, not a title.
        if (CreditAfter().IsMatch(rest))
        {
            return null;
        }
        // "Some Title, ep 1. Then …": the episode belongs to the item's text.
        return (title, rest);
    }

    // The capitalised run that ends the lead: "Can I add Some Long Title" → "Some Long Title".
    private static string TrailingTitle(string lead)
    {
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 0 && (StartsCapitalised(words[start - 1]) || (start < words.Length && TitleFunctionWords.Contains(words[start - 1]))))
        {
            start--;
        }
        while (start < words.Length && TitleFunctionWords.Contains(words[start]))
        {
            start++;
        }
        if (start >= words.Length)
        {
            return lead;
        }
        // "The Kim Eun-sook–written Goblin", "Netflix's When Life Gives You Tangerines": words before a title the shelf
        // knows describe it; the title is the known run that ends the lead.
        var known = Enumerable.Range(start, words.Length - start).FirstOrDefault(i => KnownDramas.Knows(string.Join(' ', words[i..])), start);
        return string.Join(' ', words[known..]);
    }

    // "For Lee, the scenes share …", "According to Park Min-ji, …": a report's aside naming whose view it gives, not a title.
    private static bool IsPersonAfterPreposition(string lead)
    {
        var match = PrepositionLead().Match(lead);
        if (!match.Success)
        {
            return false;
        }
        var person = match.Groups["person"].Value;
        return PersonNames.IsSurname(person) || HeadingReader.LooksLikePeople(person);
    }

    private static bool StartsCapitalised(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]) || TextShape.IsQuoteMark(word[0]) && word.Length > 1 && char.IsUpper(word[1]));

    private static bool ReadsAsTitle(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => StartsCapitalised(w) || TitleFunctionWords.Contains(w));

    private static readonly HashSet<string> TitleFunctionWords = ["a", "an", "the", "of", "on", "to", "in", "and", "for", "with", "at", "by", "from", "del", "de", "la", "&"];

    private static string RestAfter(string text, int index) => text[index..].TrimStart(' ', '.', '!', '?', ',', ':', '–', '—', '-');

    [GeneratedRegex(@"^(?<lead>[^()]{2,120}?)\s*(?<paren>\((?:[\p{L}\d ]{1,20},\s*)?(?<year>(?:19|20)\d{2})(?:\s*[-–~]\s*(?:19|20)?\d{2})?\))[.!?:,]*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex YearTitle();

    [GeneratedRegex(@"^(?<lead>[^.!?:—–()""“”]{2,80}?)(?<sep>\s[—–-]\s|:\s|" + TextShape.NotAfterAddress + @"[.!?]+\s|,\s)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SeparatedLead();

    [GeneratedRegex(@"^(?:For|To|According to|Like|Unlike|As for|With)\s+(?<person>\p{Lu}.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PrepositionLead();

    [GeneratedRegex(@"^(?:played|portrayed|voiced) by\s+\p{Lu}", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CreditAfter();

    // "In Mr. Sunshine (2018), …": a title's honorific ends no sentence.
    [GeneratedRegex(TextShape.NotAfterAddress + @"[.!?]\s", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SentenceBreak();
}
