using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A page of an outliner (Logseq, Roam): every paragraph a bullet (<c>- </c>), children indented under it, a block's
/// properties on the lines right under it as <c>key:: value</c>, and page links written <c>[[Some Title]]</c>. Read as
/// the notes they are: bullets and indentation set aside (a bullet holding a Markdown heading, <c>- ## The rooftop</c>,
/// heads what follows as any heading does), properties as the card's <c>Key: value</c> lines, links as their words.
/// The page's own properties (the lines before its first bullet) are its header: its <c>title::</c> titles the list,
/// the rest (tags, dates, status) is filing. Properties with no value and the outliner's own (<c>id::</c>,
/// <c>collapsed::</c>) say nothing about a moment. Text with fewer than <see cref="MinimumProperties"/> property lines
/// is left as it is: a "Note:: …" typed once is not an outline.
/// </summary>
public static partial class OutlinerPages
{
    private const int MinimumProperties = 3;

    private static readonly HashSet<string> OutlinerOwn = new(
        ["id", "collapsed", "heading", "background-color",
         "card-last-interval", "card-repeats", "card-ease-factor", "card-next-schedule", "card-last-reviewed", "card-last-score"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The lines of an outliner's page as plain notes; other text unchanged.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        if (lines.Count(l => Property().IsMatch(l)) < MinimumProperties)
        {
            return lines;
        }
        var firstBullet = lines.FindIndex(l => Bullet().IsMatch(l));
        var output = new List<string>(lines.Count);
        var pageHeader = firstBullet < 0 ? 0 : firstBullet;
        // The page's title first, as an article's headline, however the header orders its properties.
        var title = lines.Take(pageHeader).Select(l => Property().Match(l)).FirstOrDefault(m => m.Success && m.Groups["key"].Value.Equals("title", StringComparison.OrdinalIgnoreCase));
        if (title is not null)
        {
            output.Add(Unlinked(title.Groups["value"].Value.Trim()));
            output.Add(string.Empty);
        }
        foreach (var line in lines.Skip(pageHeader))
        {
            var text = Bullet().Replace(line, string.Empty, 1).Trim();
            if (Property().Match(line) is { Success: true } property)
            {
                var (key, value) = (property.Groups["key"].Value, property.Groups["value"].Value.Trim());
                if (value.Length > 0 && !OutlinerOwn.Contains(key))
                {
                    output.Add($"{char.ToUpperInvariant(key[0])}{key[1..]}: {Unlinked(value)}");
                }
                continue;
            }
            // A heading block opens a section: a blank line before it, as a page sets its headings apart.
            if (text.StartsWith('#') && output.Count > 0 && output[^1].Length > 0)
            {
                output.Add(string.Empty);
            }
            output.Add(Unlinked(text));
        }
        return output;
    }

    private static string Unlinked(string text) => text.Contains("[[", StringComparison.Ordinal) ? PageLink().Replace(text, "${words}") : text;

    // "  drama:: [[Beauty Inside]]", "ep::": a block's property (its value may be empty), indented under its block.
    [GeneratedRegex(@"^\s*(?:- )?(?<key>[A-Za-z][\w-]{0,30})::(?:\s+(?<value>.*))?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Property();

    // "- ", "    - ": a block's bullet, at any depth.
    [GeneratedRegex(@"^\s*-\s", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\[\[(?<words>[^\[\]\n]{1,200})\]\]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PageLink();
}
