namespace KdramaMoments.Web.Importing;

/// <summary>Text in, parsed article out: segment, then extract each item. No database.</summary>
public static class ArticleParser
{
    /// <summary>Parses decoded text; null with a reason when no list is found.</summary>
    public static (ParsedArticle? Article, string? Error) Parse(string text)
    {
        var segments = ArticleSegmenter.Segment(text);
        if (segments is null)
        {
            return (null, "no list found: the parser looks for at least three numbered or headed items");
        }
        var warnings = new List<string>();
        var items = new List<ParsedItem>(segments.Items.Count);
        foreach (var segment in segments.Items)
        {
            var item = ItemExtractor.Extract(segment);
            if (item.Cast.Count == 0)
            {
                warnings.Add($"item {item.Position} (\"{item.Heading}\"): no characters or actors found");
            }
            items.Add(item);
        }
        return (new ParsedArticle(segments.Title, items, warnings), null);
    }
}
