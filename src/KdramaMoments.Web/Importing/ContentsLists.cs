namespace KdramaMoments.Web.Importing;

/// <summary>
/// A page's contents list ("In This Article", "Jump to"): a run of at least <see cref="MinimumEntries"/> short lines,
/// one after another, each of which stands again later as a line of its own, in the same order, each over a section: the
/// heading it links to. Set aside, so the
/// headings are read where their sections are, not twice, the first time over the introduction.
/// </summary>
public static class ContentsLists
{
    private const int MinimumEntries = 3;
    private const int MaxEntryLength = 120;
    private const int MinimumSectionLines = 3;

    /// <summary>The lines without any contents list; other text unchanged.</summary>
    public static List<string> Without(List<string> lines)
    {
        // Where each line stands last, so a run can ask whether each of its lines comes again after it.
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var key = lines[i].Trim();
            if (key.Length is > 0 and <= MaxEntryLength)
            {
                last[key] = i;
            }
        }
        List<string>? output = null;
        for (var i = 0; i < lines.Count;)
        {
            var end = i;
            while (end < lines.Count && lines[end].Trim() is { Length: > 0 and <= MaxEntryLength } entry && last[entry] > end
                && !lines.Skip(i).Take(end - i).Any(l => l.Trim() == entry))
            {
                end++;
            }
            if (end - i >= MinimumEntries && HeadsSectionsInOrder(lines, i, end))
            {
                output ??= [.. lines.Take(i)];
                i = end;
                continue;
            }
            output?.Add(lines[i]);
            i++;
        }
        return output ?? lines;
    }

    // The entries stand again after the run in the same order, each over a section of its own (a card's field lines, alike
    // from item to item, stand again one after another instead).
    private static bool HeadsSectionsInOrder(List<string> lines, int start, int end)
    {
        var previous = end - 1;
        for (var k = start; k < end; k++)
        {
            var entry = lines[k].Trim();
            var at = lines.FindIndex(previous + 1, l => l.Trim() == entry);
            if (at < 0 || (k > start && at - previous < MinimumSectionLines))
            {
                return false;
            }
            previous = at;
        }
        return true;
    }
}
