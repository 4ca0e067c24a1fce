using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A pin board copied as text (Pinterest and the like): each pin is its title line directly over its description, then
/// <c>Saved to &lt;board&gt;</c>, the pinner, a count of hearts and the pin's buttons (<c>Visit  Save</c>). With no blank
/// line between a pin's title and its text, the title reads as the paragraph's first line, and the lines under
/// <c>Saved to</c> as headings of their own. Each pin is rewritten as its title over its description, set apart by a blank
/// line; the pin's furniture, its hashtag lines, its comment box (<c>Comments</c> over <c>3 comments</c>), a promoted pin and
/// the board's section counts (<c>Fantasy couples  31 Pins</c>) are set aside. Text with fewer than two pins is left as it is.
/// </summary>
public static partial class PinBoards
{
    private const int MinPins = 2;
    private const int MaxTitleLength = 120;
    private const int MaxFurnitureLength = 60;

    /// <summary>The lines with each pin as a title over its description, and the board's furniture set aside.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        var saved = Enumerable.Range(0, lines.Count).Where(i => SavedTo().IsMatch(lines[i].Trim())).ToList();
        if (saved.Count < MinPins)
        {
            return lines;
        }
        var output = new List<string>(lines.Count + saved.Count);
        var pinStarts = new Dictionary<int, int>();
        foreach (var s in saved)
        {
            var start = s;
            while (start > 0 && lines[start - 1].Trim().Length > 0 && !IsRule(lines[start - 1]))
            {
                start--;
            }
            // A pin is a title over at least one line of description.
            if (s - start >= 2 && lines[start].Trim().Length <= MaxTitleLength)
            {
                pinStarts[start] = s;
            }
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (pinStarts.TryGetValue(i, out var savedLine))
            {
                output.Add(lines[i]);
                output.Add("");
                output.AddRange(lines.Skip(i + 1).Take(savedLine - i - 1).Where(l => !HashtagsOnly().IsMatch(l.Trim())));
                i = SkipBlock(lines, savedLine) - 1;
                continue;
            }
            if (SavedTo().IsMatch(text) || PromotedOrComments().IsMatch(text))
            {
                i = SkipBlock(lines, i) - 1;
                continue;
            }
            if (!SectionCount().IsMatch(text))
            {
                output.Add(lines[i]);
            }
        }
        return output;
    }

    // The short lines from a furniture line down to the next blank line (the pinner, hearts, buttons, comments): the index after them.
    private static int SkipBlock(List<string> lines, int from)
    {
        var i = from + 1;
        while (i < lines.Count && lines[i].Trim().Length > 0 && !IsRule(lines[i]) && (lines[i].Trim().Length <= MaxFurnitureLength || Comment().IsMatch(lines[i].Trim())))
        {
            i++;
        }
        return i;
    }

    private static bool IsRule(string line) => line.Trim() is "—" or "–" or "-" or "---" or "***" or "* * *" or "___" or "⸻" or "•";

    [GeneratedRegex(@"^Saved to \S.{0,60}$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SavedTo();

    [GeneratedRegex(@"^(?:Promoted by|Sponsored by|Comments|\d[\d,.]*k? comments?)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PromotedOrComments();

    // A reader's comment under a pin: "name: text".
    [GeneratedRegex(@"^[\w.]{2,30}: \S", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Comment();

    // "Sections" over "Fantasy couples  31 Pins", "148 Pins · 4 Sections · 3w": the board's section list and counts.
    [GeneratedRegex(@"^(?:(?:.{0,60}\s)?\d[\d,.]*k? Pins?\b.{0,60}|Sections)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SectionCount();

    [GeneratedRegex(@"^(?:#\w+\s*)+$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex HashtagsOnly();
}
