using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// What a web page copied from its top keeps above the headline: the site's menu written one entry a line under the
/// masthead, and the author's box (a name over a job title and a city). Neither is a heading of the article.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>
    /// Marks a site's menu copied one entry a line (<c>Fashion</c> / <c>Beauty</c> / <c>Women of the Year</c> / <c>Newsletter</c>)
    /// at the top of the page, and the masthead and tagline over it. A menu stands first on a page: only a run that starts
    /// within its first few lines counts, and a run needs <see cref="MinMenuEntries"/> entries one right under another. The
    /// page's section, one of those entries set again alone over the headline (<c>Film</c>), is marked too.
    /// </summary>
    public static bool[] StackedMenus(IReadOnlyList<string> lines)
    {
        var marked = new bool[lines.Count];
        var top = Enumerable.Range(0, lines.Count).Where(i => lines[i].Length > 0).Take(MastheadLines + 1).ToList();
        foreach (var start in top)
        {
            if (TextShape.IsProse(lines[start]))
            {
                break;
            }
            var end = start;
            while (end < lines.Count && IsStackedMenuEntry(lines[end]))
            {
                end++;
            }
            if (end - start < MinMenuEntries)
            {
                continue;
            }
            // The lines above the menu are the site's name and its tagline ("Manila Bulletin", "The Nation's Leading Newspaper").
            foreach (var above in top.Where(i => i < start))
            {
                marked[above] = TextShape.WordCount(lines[above]) <= MaxMastheadWords || IsLinkRow(lines[above]);
            }
            for (var i = start; i < end; i++)
            {
                marked[i] = true;
            }
            var entries = Enumerable.Range(start, end - start).Select(i => lines[i]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            for (var i = end; i < lines.Count && !TextShape.IsProse(lines[i]); i++)
            {
                marked[i] |= entries.Contains(lines[i]);
            }
            break;
        }
        return marked;
    }

    // The site's name, its tagline and a row of account links ("Sign in | Subscribe | E-Paper").
    private const int MastheadLines = 3;
    private const int MaxMastheadWords = 6;

    // "Sign in | Subscribe | E-Paper": short links set apart by bars.
    private static bool IsLinkRow(string line)
    {
        var links = line.Split(" | ", StringSplitOptions.TrimEntries);
        return links.Length >= 2 && links.All(l => TextShape.WordCount(l) is >= 1 and <= 3);
    }
    private const int MaxStackedEntryLength = 30;
    private const int MaxStackedEntryWords = 4;

    // A menu entry: a capitalised word or a few ("Women of the Year"), no digits, nothing a sentence or a title card writes (".", ",", ":", "(").
    private static bool IsStackedMenuEntry(string line) =>
        line.Length is > 0 and <= MaxStackedEntryLength && char.IsUpper(line[0]) && TextShape.WordCount(line) <= MaxStackedEntryWords
        && !line.Any(char.IsDigit) && !line.Any(c => c is '.' or ',' or '!' or '?' or ':' or ';' or '(' or '"' or '“' or '|' or '/');

    /// <summary>
    /// Marks an author's box: a job title on its own line (<c>Lifestyle Writer</c>, <c>Senior Entertainment Editor</c>), the
    /// name right over it, and a city of a word or two right under it; or a name over a line of biography that opens with
    /// that name and says what the person writes (<c>Rachel is a contributing writer at …</c>). A byline without "By" is
    /// still no heading.
    /// </summary>
    public static bool[] AuthorBoxes(IReadOnlyList<string> lines)
    {
        var marked = new bool[lines.Count];
        for (var i = 1; i < lines.Count; i++)
        {
            if (IsBiographyUnder(lines[i - 1], lines[i]))
            {
                marked[i - 1] = marked[i] = true;
                continue;
            }
            if (lines[i].Length > MaxJobTitleLength || !JobTitle().IsMatch(lines[i]) || lines[i - 1].Length == 0 || !LooksLikeAName(lines[i - 1]))
            {
                continue;
            }
            marked[i - 1] = marked[i] = true;
            if (i + 1 < lines.Count && lines[i + 1].Length > 0 && TextShape.WordCount(lines[i + 1]) <= MaxPlaceWords && IsStackedMenuEntry(lines[i + 1]))
            {
                marked[i + 1] = true;
            }
        }
        MarkRepeatedBylines(lines, marked);
        return marked;
    }

    // "Jada Williams" over "Hampton U '26" under the headline and again over the biography at the end: a name over the same
    // short line twice is the author's byline and box (a school, a team, a job), never two items.
    private static void MarkRepeatedBylines(IReadOnlyList<string> lines, bool[] marked)
    {
        var pairs = Enumerable.Range(1, Math.Max(0, lines.Count - 1))
            .Where(i => lines[i].Length > 0 && TextShape.WordCount(lines[i]) <= MaxBylineLineWords && !TextShape.IsProse(lines[i])
                && lines[i - 1].Length > 0 && LooksLikeAName(lines[i - 1]))
            .GroupBy(i => (lines[i - 1], lines[i]))
            .Where(g => g.Count() >= 2);
        foreach (var i in pairs.SelectMany(g => g))
        {
            marked[i - 1] = marked[i] = true;
        }
    }

    private const int MaxBylineLineWords = 5;

    private const int MaxJobTitleLength = 50;
    private const int MaxPlaceWords = 2;

    private static bool LooksLikeAName(string line) => AuthorName().IsMatch(line);

    // "Rachel Jung-Whitaker" over "Rachel is a contributing writer at The Mary Sue who covers …": the first name alone opens the
    // biography, as no item's text opens under a character's full name ("Han Ji-eun is a struggling writer").
    private static bool IsBiographyUnder(string name, string line) =>
        name.Length > 0 && LooksLikeAName(name) && Biography().Match(line) is { Success: true } bio
        && string.Equals(bio.Groups["first"].Value, name.Split(' ')[0], StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<first>\p{Lu}[\p{L}'-]+)\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:writer|editor|reporter|correspondent|contributor|journalist|critic|columnist|freelancer|blogger)s?\b", RegexOptions.NonBacktracking)]
    private static partial Regex Biography();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}&-]*\s+){0,3}(?:Writer|Editor|Reporter|Correspondent|Contributor|Journalist|Critic|Columnist|Producer|Staff)s?$", RegexOptions.NonBacktracking)]
    private static partial Regex JobTitle();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]*){1,3}$", RegexOptions.NonBacktracking)]
    private static partial Regex AuthorName();
}
