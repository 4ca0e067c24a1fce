using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A read-later or bookmarking app's CSV export (Instapaper's <c>URL,Title,Selection,Folder,Timestamp</c>, Pocket's,
/// Raindrop's, Omnivore's): one row a saved page, with its address, its title, and the words the reader kept from it (a
/// selection, a highlight, a note). Each row with such words is an entry: the page's title its heading (without the site's
/// name after it, "… » Dramabeans"), the words its text. A row saved with nothing kept ("Unread") is a link, no moment. The
/// folder most entries share names the list. Addresses and times are the app's bookkeeping (a year in an address is the
/// page's, not the drama's).
/// </summary>
public static partial class ReadLaterExports
{
    private const int MinimumEntries = 2;

    private static readonly string[] AddressColumns = ["url", "link", "address", "href"];
    private static readonly string[] TitleColumns = ["title", "name"];
    private static readonly string[] KeptColumns = ["selection", "highlight", "highlights", "note", "notes", "excerpt", "annotation", "annotations", "comment", "quote"];
    private static readonly string[] FolderColumns = ["folder", "collection", "list", "tags"];

    /// <summary>The export's rows as entries, or null when the text is no read-later CSV export.</summary>
    public static string? Unpack(string text)
    {
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(l => l.Trim().Length > 0);
        if (start < 0 || DelimitedRows.Record(lines, start, ',') is not { } header)
        {
            return null;
        }
        var names = header.Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        var (address, title, kept, folder) = (Column(names, AddressColumns), Column(names, TitleColumns), Column(names, KeptColumns), Column(names, FolderColumns));
        if (address < 0 || title < 0 || kept < 0)
        {
            return null;
        }
        var rows = new List<(string Title, string Kept, string? Folder)>();
        for (var i = start + header.Lines; i < lines.Count;)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }
            if (DelimitedRows.Record(lines, i, ',') is not { } row || row.Cells.Count != names.Count)
            {
                return null;
            }
            i += row.Lines;
            if (row.Cells[kept].Trim().Length > 0)
            {
                rows.Add((WithoutSiteName(row.Cells[title].Trim()), row.Cells[kept].Trim(), folder < 0 ? null : row.Cells[folder].Trim()));
            }
        }
        if (rows.Count < MinimumEntries)
        {
            return null;
        }
        var list = rows.Select(r => r.Folder).OfType<string>().Where(f => f.Length > 0).GroupBy(f => f, StringComparer.Ordinal)
            .Where(g => g.Count() * 2 > rows.Count).Select(g => g.Key).FirstOrDefault();
        return ExportEntries.Write(list, [], rows.Select(r => new ExportEntries.Entry(r.Title.Length > 0 ? r.Title : null, r.Kept.Split('\n'))).ToList());
    }

    private static int Column(List<string> names, string[] candidates) => names.FindIndex(candidates.Contains);

    // "Touch Your Heart: Episode 9 » Dramabeans Korean drama recaps", "… – lunar screenings": a page's title closed by its
    // site's name after a separator.
    private static string WithoutSiteName(string title)
    {
        var cut = SiteNameSeparator().Matches(title).LastOrDefault();
        return cut is null || cut.Index == 0 ? title : title[..cut.Index].Trim();
    }

    [GeneratedRegex(@"\s+[»|–—]\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SiteNameSeparator();
}
