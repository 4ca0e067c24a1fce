namespace KdramaMoments.Web.Importing;

/// <summary>
/// A page's contents list ("In This Article", "Jump to"): a run of <see cref="MinimumEntries"/> to
/// <see cref="MaxEntries"/> short lines, one after another, each of which stands again later as a line of its own, in the
/// same order, each over a section: the heading it links to. Set aside, so the headings are read where their sections
/// are, not twice, the first time over the introduction.
/// </summary>
public static class ContentsLists
{
    private const int MinimumEntries = 3;
    private const int MaxEntries = 40;
    private const int MaxEntryLength = 120;
    private const int MinimumSectionLines = 3;

    /// <summary>The lines without any contents list; other text unchanged.</summary>
    public static List<string> Without(List<string> lines)
    {
        // Where each short line stands, in order: a run asks where each of its lines stands next, by binary search, so a
        // long paste of repeated lines costs no more than a look-up per line and entry.
        var places = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Entry(lines[i]) is { } key)
            {
                (places.TryGetValue(key, out var at) ? at : places[key] = []).Add(i);
            }
        }
        List<string>? output = null;
        for (var i = 0; i < lines.Count;)
        {
            if (ListEnd(lines, places, i) is { } end)
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

    private static string? Entry(string line) => line.Trim() is { Length: > 0 and <= MaxEntryLength } key ? key : null;

    // The end of the contents list starting at start, or null: each entry stands again after the list, in the list's order,
    // each over a section of its own (a card's field lines, alike from item to item, stand again one after another instead).
    private static int? ListEnd(List<string> lines, Dictionary<string, List<int>> places, int start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var end = start;
        while (end < lines.Count && end - start < MaxEntries && Entry(lines[end]) is { } entry && seen.Add(entry))
        {
            end++;
        }
        if (end - start < MinimumEntries)
        {
            return null;
        }
        var previous = end - 1;
        for (var k = start; k < end; k++)
        {
            var at = NextPlace(places[lines[k].Trim()], previous);
            if (at < 0 || (k > start && at - previous < MinimumSectionLines))
            {
                return null;
            }
            previous = at;
        }
        return end;
    }

    private static int NextPlace(List<int> places, int after)
    {
        var index = places.BinarySearch(after + 1);
        index = index >= 0 ? index : ~index;
        return index < places.Count ? places[index] : -1;
    }
}
