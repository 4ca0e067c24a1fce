using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A browser's or a bookmarking app's export (the Netscape bookmark file every browser, Raindrop, Pocket and Pinboard
/// write: <c>&lt;!DOCTYPE NETSCAPE-Bookmark-file-1&gt;</c>, folders as <c>&lt;H3&gt;</c> over <c>&lt;DL&gt;</c> lists): each
/// bookmark an entry, its link's text the heading and its note (<c>&lt;DD&gt;</c>) the text. The file's heading is the
/// title; addresses, dates, tags and cover pictures are the app's bookkeeping. Such a file is HTML by its shape, but it
/// is the one HTML the importer reads, as it holds no page to save as text.
/// </summary>
public static partial class BookmarkFiles
{
    private const int MinimumEntries = 3;

    /// <summary>Whether the text is a bookmark file (its doctype line says so).</summary>
    public static bool IsBookmarkFile(string text) => Doctype().IsMatch(text);

    /// <summary>The bookmarks as plain article text, or null when the text is no bookmark file or holds too few.</summary>
    public static string? Unpack(string text)
    {
        if (!IsBookmarkFile(text))
        {
            return null;
        }
        var document = new HtmlParser().ParseDocument(text);
        var entries = WithoutOtherLinks(document.QuerySelectorAll("a")
            .Select(link => new ExportEntries.Entry(VideoTag().Replace(Words(link.TextContent), string.Empty), FeedItems.Paragraphs(NoteOf(link)).ToList()))
            .Where(e => e.Heading is { Length: > 0 })
            .ToList());
        if (entries.Count < MinimumEntries)
        {
            return null;
        }
        var title = document.QuerySelector("h1")?.TextContent ?? document.Title;
        return ExportEntries.Write(title is null ? null : Words(title), [], entries);
    }

    // A folder of scenes also keeps the links that served it (a slideshow's draft, a shop's page): when most bookmarks name a
    // drama, by the shelf or with its year, one that names none is such a link, not a moment.
    private static List<ExportEntries.Entry> WithoutOtherLinks(List<ExportEntries.Entry> entries)
    {
        var naming = entries.Where(NamesADrama).ToList();
        return naming.Count >= MinimumEntries && naming.Count * 2 > entries.Count ? naming : entries;
    }

    private static bool NamesADrama(ExportEntries.Entry entry)
    {
        var text = entry.Heading + "\n" + string.Join('\n', entry.Lines);
        return KnownDramas.NamedIn(text).Any() || ChatMessages.DatedTitleIn(text) is not null;
    }

    // The note under a bookmark: the <DD> after the link's <DT>, without a folder's list the parser may have put inside it.
    private static string NoteOf(IElement link)
    {
        if (link.ParentElement is not { LocalName: "dt" } term || term.NextElementSibling is not { LocalName: "dd" } note)
        {
            return string.Empty;
        }
        return Words(string.Concat(note.ChildNodes.TakeWhile(n => n is not IElement { LocalName: "dl" or "dt" }).Select(n => n.TextContent)));
    }

    private static string Words(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Doctype();

    // "[ENG SUB] Some Title EP.16 …", "[MV] …": a video site's tag opening a saved video's title.
    [GeneratedRegex(@"^\[(?:" + VideoTags.Pattern + @")\]\s*", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex VideoTag();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Whitespace();
}
