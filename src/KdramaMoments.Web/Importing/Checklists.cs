using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A note app's checklist copied as text (a Keep or Notes list): each entry a checkbox line (<c>☐ Some Title (2024)</c>,
/// <c>☑ …</c>, <c>[x] …</c>) with its notes indented under it. Ticked and unticked boxes are one list, so each entry is
/// rewritten as a heading of one shape (<c>### Some Title (2024)</c>) over its notes, and the app's count of ticked entries
/// (<c>6 checked items</c>) is set aside. A to-do list whose boxes have no notes under them is left as it is.
/// </summary>
public static partial class Checklists
{
    private const int MinEntries = 3;

    /// <summary>The lines with a checklist's entries as headings over their notes.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        var entries = Enumerable.Range(0, lines.Count).Where(i => Entry().IsMatch(lines[i])).ToList();
        if (entries.Count < MinEntries)
        {
            return lines;
        }
        // Notes under an entry are indented; most entries of a checklist worth reading have some.
        var withNotes = entries.Count(i => i + 1 < lines.Count && Indented().IsMatch(lines[i + 1]));
        if (withNotes * 2 < entries.Count)
        {
            return lines;
        }
        var output = new List<string>(lines.Count + entries.Count);
        foreach (var line in lines)
        {
            if (Entry().Match(line) is { Success: true } entry)
            {
                output.Add("### " + entry.Groups["text"].Value.Trim());
                output.Add("");
            }
            else if (!CheckedCount().IsMatch(line.Trim()))
            {
                output.Add(Indented().IsMatch(line) ? line.Trim() : line);
            }
        }
        return output;
    }

    [GeneratedRegex(@"^ ?(?:[☐☑☒✅]\uFE0F?|\[[ xX✓]\])\s+(?<text>\S.{0,119})$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(?: {2,}|\t)\S", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Indented();

    [GeneratedRegex(@"^\d{1,3} (?:checked|completed|ticked|done) items?$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CheckedCount();
}
