using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A flashcard deck exported as text (Anki's "Notes in Plain Text"): header lines such as <c>#separator:tab</c>,
/// <c>#columns:</c> (the columns' names, apart by the separator) and <c>#tags column:3</c>, then one card a line, its
/// fields apart by the separator. The header is set aside (the deck's name, <c>#deck:</c>, titles the list) and so are
/// the columns that only file the card (tags, deck, note type, id). A trivia deck answers each clue with the drama,
/// opening a side with its dated title (<c>Winter Sonata (KBS2, 2002). Kang Joon-sang (Bae Yong-joon) …</c>): three such
/// cards or more are rewritten as the numbered list they are, the dated title heading each over the card's other words.
/// Other decks (a language learner's, a term over its gloss) are left as their fields, one card a line, for
/// <see cref="StudyCards"/>.
/// </summary>
public static partial class DeckExports
{
    private const int MinimumCards = 3;
    private const int MaxTitleWords = 10;

    private static readonly string[] FilingColumns = ["tags", "deck", "notetype", "guid"];

    /// <summary>The lines with a deck export's header set aside and its cards rewritten; other text unchanged.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        var header = lines.TakeWhile(l => l.Trim().Length == 0 || Directive().IsMatch(l.Trim())).ToList();
        var directives = header.Select(l => Directive().Match(l.Trim())).Where(m => m.Success)
            .ToDictionary(m => m.Groups["key"].Value.Trim().ToLowerInvariant(), m => m.Groups["value"].Value.Trim());
        if (!directives.ContainsKey("separator") && !directives.ContainsKey("columns"))
        {
            return lines;
        }
        var separator = Separator(directives.GetValueOrDefault("separator", "tab"));
        var filing = FilingIndexes(directives);
        var cards = lines.Skip(header.Count)
            .Select(l => l.Trim().Length == 0 ? null : l.Split(separator).Where((_, i) => !filing.Contains(i)).Select(f => f.Trim()).Where(f => f.Length > 0).ToList())
            .ToList();
        var dated = cards.Count(c => c is not null && c.Any(IsAnswer));
        // The deck's name is the article's title, as a list's name is.
        var output = directives.TryGetValue("deck", out var deck) && deck.Length > 0 ? new List<string> { deck, string.Empty } : [];
        var number = 0;
        foreach (var card in cards)
        {
            if (card is null)
            {
                output.Add(string.Empty);
                continue;
            }
            if (dated < MinimumCards || card.FindIndex(IsAnswer) is not (>= 0 and var answer))
            {
                output.Add(string.Join('\t', card));
                continue;
            }
            var title = DatedTitle().Match(card[answer]);
            output.Add($"{++number}. {title.Groups["title"].Value.Trim()} ({title.Groups["info"].Value.Trim()})");
            output.AddRange(card.Select((f, i) => i == answer ? card[answer][title.Length..].TrimStart('.', ' ', ':', '—', '-') : f)
                .Where(f => f.Length > 0).SelectMany(f => new[] { string.Empty, f }));
            output.Add(string.Empty);
        }
        return output;
    }

    private static bool IsAnswer(string field) =>
        DatedTitle().Match(field) is { Success: true } title && TextShape.WordCount(title.Groups["title"].Value) <= MaxTitleWords;

    private static string Separator(string name) => name.ToLowerInvariant() switch
    {
        "tab" => "\t",
        "comma" => ",",
        "semicolon" => ";",
        "pipe" => "|",
        "space" => " ",
        "colon" => ":",
        _ => name.Length == 1 ? name : "\t",
    };

    // "#tags column:3" (1-based) and the like, or the columns "#columns:" names as tags, deck, note type or id.
    private static HashSet<int> FilingIndexes(Dictionary<string, string> directives)
    {
        var indexes = new HashSet<int>();
        foreach (var column in FilingColumns)
        {
            if (directives.TryGetValue($"{column} column", out var value) && int.TryParse(value, out var oneBased) && oneBased > 0)
            {
                indexes.Add(oneBased - 1);
            }
        }
        if (directives.TryGetValue("columns", out var names))
        {
            var separator = Separator(directives.GetValueOrDefault("separator", "tab"));
            var columns = names.Split(separator);
            for (var i = 0; i < columns.Length; i++)
            {
                if (FilingColumns.Contains(columns[i].Trim().Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()))
                {
                    indexes.Add(i);
                }
            }
        }
        return indexes;
    }

    // "#separator:tab", "#columns:Front	Back	Tags", "#tags column:3", "#deck:K-Drama::Romance".
    [GeneratedRegex(@"^#(?<key>[a-z][a-z ]{1,20}):(?<value>.*)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Directive();

    // "Winter Sonata (KBS2, 2002). …", "Goblin (2016): …": a title of a few words dated in parentheses, opening the field.
    [GeneratedRegex(@"^(?<title>\p{Lu}[^.()\t]{0,80}?)\s*\((?<info>[^()]{0,40}\b(?:19|20)\d{2})\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DatedTitle();
}
