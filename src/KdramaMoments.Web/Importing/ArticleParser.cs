using System.Text.RegularExpressions;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Text in, parsed article out: find the list by structure, sort each item's blocks, read every heading
/// with the article's one template, then extract each item's facts. No database; a <c>knownTitle</c> callback
/// lets a caller say which titles the catalogue already holds.
/// </summary>
public static class ArticleParser
{
    /// <summary>Parses decoded text; null with a reason when no list is found or the text cannot be read.</summary>
    public static (ParsedArticle? Article, string? Error) Parse(string text, Func<string, bool>? knownTitle = null)
    {
        try
        {
            return ParseList(text, knownTitle);
        }
        catch (RegexMatchTimeoutException)
        {
            // Every pattern has a time limit; text that reaches one is not an article a person wrote.
            return (null, "the text could not be read in time: it has lines or quotes far longer than an article's");
        }
    }

    /// <summary>Every text the article's headings could name as a drama, for a caller to look up in the catalogue.</summary>
    public static IReadOnlyList<string> TitleCandidates(string text)
    {
        try
        {
            if (ArticleSegmenter.Read(text).Segments is not { } segments)
            {
                return [];
            }
            return segments.Items.Select(ItemExtractor.Prepare)
                .SelectMany((p, k) => HeadingReader.Candidates(new HeadingInput(k, p.Segment.Heading, p.Body, p.FactTitle)))
                .Distinct()
                .ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    private static (ParsedArticle? Article, string? Error) ParseList(string text, Func<string, bool>? knownTitle)
    {
        var found = ArticleSegmenter.Read(text);
        if (found.Segments is not { } segments)
        {
            return (null, found.Error);
        }
        var prepared = segments.Items.Select(ItemExtractor.Prepare).ToList();
        var template = HeadingReader.Read(
            prepared.Select((p, k) => new HeadingInput(k, p.Segment.Heading, p.Body, p.FactTitle)).ToList(),
            knownTitle);
        var items = prepared.Select((p, k) => ItemExtractor.Extract(p, template.Items[k])).ToList();
        items = WithoutOtherItemsTitles(items);

        var warnings = items.Where(i => i.Cast.Count == 0)
            .Select(i => $"item {i.Position} (\"{i.Heading}\"): no characters or actors found")
            .ToList();
        return (new ParsedArticle(segments.Title, items, warnings) { Template = $"{segments.Shape} {template.Description}" }, null);
    }

    // A caption naming another item's drama is a mention of that drama, not another title for this one.
    private static List<ParsedItem> WithoutOtherItemsTitles(List<ParsedItem> items)
    {
        var titles = items.Select(i => Names.Normalize(i.Drama.Title)).ToHashSet();
        return items.Select(i => i.Drama.AlternateTitles.Any(t => titles.Contains(Names.Normalize(t)))
            ? i with { Drama = i.Drama with { AlternateTitles = i.Drama.AlternateTitles.Where(t => !titles.Contains(Names.Normalize(t))).ToList() } }
            : i).ToList();
    }
}
