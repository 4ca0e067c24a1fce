using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A fan's headings in lowercase over mixed-case prose ("✦ cloy — the piano scene", "✦ mr. sunshine — “love”"):
/// a part that is one short word spelling the initials of words the item's text runs ("cloy" over "… crash landing
/// on you …") is that title written out, and every heading is given the capitals a reader of titles looks for.
/// </summary>
public static partial class LowercaseHeadings
{
    private const int MinimumHeadings = 3;

    public static ArticleSegments Capitalised(ArticleSegments article) =>
        article.Items.Count >= MinimumHeadings && article.Items.All(i => IsLowercase(i.Heading))
            ? article with { Items = article.Items.Select(i => i with { Heading = TitleCaseOutsideQuotes(WrittenOut(i.Heading, i.Blocks)), AsWritten = i.AsWritten ?? i.Heading }).ToList() }
            : article;

    private static bool IsLowercase(string heading) => heading.Any(char.IsLetter) && !heading.Any(char.IsUpper);

    /// <summary>"cloy — the piano scene" over "… and then crash landing on you just …" → "crash landing on you — the piano scene".</summary>
    public static string WrittenOut(string heading, IReadOnlyList<string> blocks) =>
        Part().Replace(heading, m => Expansion(m.Value, blocks) ?? m.Value);

    // The body's words are read once into their initials; each short part is looked up in that string, not word by word.
    private static string? Expansion(string abbreviation, IReadOnlyList<string> blocks)
    {
        foreach (var block in blocks)
        {
            var words = Word().Matches(block);
            var initials = new StringBuilder(words.Count);
            foreach (Match w in words)
            {
                initials.Append(char.ToLowerInvariant(w.Value[0]));
            }
            var at = initials.ToString().IndexOf(abbreviation.ToLowerInvariant(), StringComparison.Ordinal);
            if (at >= 0)
            {
                var first = words[at];
                var last = words[at + abbreviation.Length - 1];
                return block[first.Index..(last.Index + last.Length)];
            }
        }
        return null;
    }

    private static string TitleCaseOutsideQuotes(string heading) =>
        string.Concat(QuotedOrNot().Matches(heading).Select(m => m.Groups["quoted"].Success ? m.Value : LowercaseWriting.TitleCase(m.Value)));

    // A whole heading part of one word, three to six letters, between the heading's edges, markers and dashes.
    [GeneratedRegex(@"(?<=^[^\p{L}\d]*|\s[-–—|:]\s)\p{Ll}{3,6}(?=\s[-–—|:]\s|$)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Part();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<quoted>[“""«‘][^“”""«»‘’]*[”""»’]?)|[^“""«‘]+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex QuotedOrNot();
}
