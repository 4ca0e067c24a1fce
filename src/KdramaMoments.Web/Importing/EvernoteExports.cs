using System.Text.RegularExpressions;
using System.Xml;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Evernote's export file (<c>.enex</c>: <c>&lt;en-export&gt;</c> holding <c>&lt;note&gt;</c>s, each a title, dates, tags and
/// its body as ENML, Evernote's HTML, inside CDATA): the body is read as the note shows it, a paragraph a block, a ticked or
/// unticked box (<c>&lt;en-todo checked="true"/&gt;</c>) as the box it is drawn as. One note is the article under its title;
/// several are entries, each under its own. Like a bookmark file it is markup by its shape, but no web page, so the decoder
/// lets it through.
/// </summary>
public static partial class EvernoteExports
{
    /// <summary>Whether the text is an Evernote export (its root element says so).</summary>
    public static bool IsEvernoteExport(string text) => ExportRoot().IsMatch(text);

    /// <summary>The notes as plain article text, or null when the text is no Evernote export or holds no note.</summary>
    public static string? Unpack(string text)
    {
        if (!IsEvernoteExport(text))
        {
            return null;
        }
        // The DOCTYPE names Evernote's DTD by address: skipped, never fetched.
        if (FeedItems.LoadXml(text, DtdProcessing.Ignore) is not { } root)
        {
            return null;
        }
        var notes = root.Elements("note")
            .Select(n => (Title: n.Element("title")?.Value.Trim(), Paragraphs: FeedItems.Paragraphs(Boxes(n.Element("content")?.Value ?? string.Empty)).ToList()))
            .Where(n => n.Paragraphs.Count > 0)
            .ToList();
        return notes switch
        {
            [] => null,
            [var note] => string.Join("\n\n", note.Paragraphs.Prepend(note.Title ?? string.Empty).Where(p => p.Length > 0)),
            _ => ExportEntries.Write(null, [], notes.Select(n => new ExportEntries.Entry(n.Title, n.Paragraphs)).ToList()),
        };
    }

    // <en-todo checked="true"/> → ☑, any other box → ☐.
    private static string Boxes(string enml) => Todo().Replace(enml, m => m.Groups["ticked"].Success ? "☑ " : "☐ ");

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?<en-export\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ExportRoot();

    [GeneratedRegex(@"<en-todo\b(?<ticked>[^>]*\bchecked\s*=\s*""true"")?[^>]*/?>(?:\s*</en-todo>)?", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Todo();
}
