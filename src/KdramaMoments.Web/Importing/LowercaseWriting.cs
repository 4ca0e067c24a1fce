using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// An article written all in lowercase (a fan's Tumblr thread): the readers of titles and names find them by their
/// capitals, so the item's short lines — heading, credit line, fact line, where titles and names sit — are read in
/// title case. Prose is left as written.
/// </summary>
public static partial class LowercaseWriting
{
    // Below this share of capitalised words an article is written in lowercase; sentence starts alone give far more.
    private const double CapitalisedShareOfLowercase = 0.03;
    private const int WordsToJudge = 40;
    private const int ShortLineWords = 14;

    private static readonly HashSet<string> SmallWords = ["a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "with", "at", "by", "from", "x"];

    public static ArticleSegments Capitalised(ArticleSegments article) =>
        IsWrittenInLowercase(article)
            ? article with
            {
                Items = article.Items.Select(item => item with
                {
                    Heading = TitleCase(item.Heading),
                    AsWritten = item.AsWritten ?? item.Heading,
                    Blocks = item.Blocks.Select(b => IsShortLine(b) ? TitleCase(b) : b).Select(WithCreditsInTitleCase).ToList(),
                }).ToList(),
            }
            : article with { Items = article.Items.Select(item => item with { Blocks = item.Blocks.Select(WithCreditsInTitleCase).ToList() }).ToList() };

    /// <summary>
    /// A thread can mix cases, and a fan writes "lee gon (lee min ho)" in prose: a role and its actor in parentheses,
    /// both romanised Korean names, the actor in lowercase ("Wang So (lee joon-gi)" too), are given their capitals so the cast reader sees a credit.
    /// </summary>
    public static string WithCreditsInTitleCase(string block) =>
        block.Contains('(', StringComparison.Ordinal) ? LowercaseCredit().Replace(block, CreditInTitleCase) : block;

    private static string CreditInTitleCase(Match m)
    {
        var words = m.Groups["before"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var actor = m.Groups["actor"].Value;
        if (!IsKoreanName(actor))
        {
            return m.Value;
        }
        // The role is the longest run of the words before the parenthesis that reads as a Korean name ("telling jeong tae-eul").
        for (var take = Math.Min(3, words.Length); take >= 2; take--)
        {
            var role = string.Join(' ', words[^take..]);
            if (IsKoreanName(role))
            {
                var lead = string.Join(' ', words[..^take]);
                return (lead.Length > 0 ? lead + " " : string.Empty) + TitleCase(role) + " (" + TitleCase(actor) + ")";
            }
        }
        return m.Value;
    }

    private static bool IsKoreanName(string name) =>
        name.Split(' ') is { Length: >= 2 and <= 3 } words && PersonNames.IsSurname(words[0]) && PersonNames.LooksKorean(name);

    // Linear: it runs over whole paragraphs, where a backtracking engine retried each run of lowercase words from every word.
    [GeneratedRegex(@"(?<before>(?:\p{L}[\p{Ll}-]* ){1,4})\((?<actor>\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){1,2})\)", RegexOptions.NonBacktracking)]
    private static partial Regex LowercaseCredit();

    public static bool IsWrittenInLowercase(ArticleSegments article)
    {
        var words = article.Items.SelectMany(i => i.Blocks.Prepend(i.Heading))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.FirstOrDefault(char.IsLetter))
            .Where(c => c != default)
            .ToList();
        return words.Count >= WordsToJudge && (double)words.Count(char.IsUpper) / words.Count < CapitalisedShareOfLowercase;
    }

    // Headings, credit and fact lines: short, not a sentence, not a quotation, not a row of hashtags.
    private static bool IsShortLine(string line) =>
        TextShape.WordCount(line) <= ShortLineWords
        && !line.TrimStart().StartsWith('#')
        && !line.Any(TextShape.IsQuoteMark)
        && !line.TrimEnd().EndsWith('.') && !line.TrimEnd().EndsWith('!') && !line.TrimEnd().EndsWith('?');

    /// <summary>"lee gon (lee min-ho) ♡ jung tae-eul" → "Lee Gon (Lee Min-ho) ♡ Jung Tae-eul": syllables after a hyphen stay lowercase.</summary>
    public static string TitleCase(string line)
    {
        var words = line.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var first = word.IndexOf(word.FirstOrDefault(char.IsLetter));
            if (first < 0 || (i > 0 && SmallWords.Contains(word[first..].TrimEnd(',', ':', ';'))))
            {
                continue;
            }
            words[i] = word[..first] + char.ToUpperInvariant(word[first]) + word[(first + 1)..];
        }
        return string.Join(' ', words);
    }
}
