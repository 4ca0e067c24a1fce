using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A reading app's Markdown export of what someone highlighted in an article (Readwise, and the apps that copy its
/// shape): the article's title, a <c>## Metadata</c> list (author, full title, category, tags, address), then under
/// <c>## Highlights</c> one bullet a highlight, closed by a link back to it (<c>([View Highlight](…))</c>), with the
/// reader's note and tags indented under it (<c>- Note: …</c>, <c>- Tags: [[favorite]]</c>). Read as the article's
/// paragraphs: each highlight a paragraph, the reader's note a line under it without its label (its words may quote the
/// scene), the metadata, the tags and the links back set aside. Text with fewer than <see cref="MinimumHighlights"/>
/// links back to a highlight is left as it is.
/// </summary>
public static partial class HighlightExports
{
    private const int MinimumHighlights = 2;

    /// <summary>The lines of a highlights export as paragraphs; other text unchanged.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        if (lines.Count(l => LinkBack().IsMatch(l)) < MinimumHighlights)
        {
            return lines;
        }
        var output = new List<string>(lines.Count);
        var inMetadata = false;
        foreach (var line in lines)
        {
            if (SectionHeading().Match(line) is { Success: true } section)
            {
                // "## Metadata" is filing; "## Highlights" only says what follows.
                inMetadata = section.Groups["name"].Value.Equals("Metadata", StringComparison.OrdinalIgnoreCase);
                continue;
            }
            if (inMetadata || ReaderTags().IsMatch(line) || CoverPicture().IsMatch(line))
            {
                continue;
            }
            var text = LinkBack().Replace(line, string.Empty).TrimEnd();
            if (ReaderNote().Match(text) is { Success: true } note)
            {
                output.Add(note.Groups["text"].Value.Trim());
            }
            else if (Highlight().Match(text) is { Success: true } highlight)
            {
                output.Add(string.Empty);
                output.Add(highlight.Groups["text"].Value.Trim());
            }
            else
            {
                output.Add(text);
            }
        }
        return output;
    }

    // "([View Highlight](https://read.readwise.io/…))", "([Location 1234](…))": the link back to where the highlight stands.
    [GeneratedRegex(@"\s*\(\[(?:View Highlight|Location \d+|Page \d+)\]\([^()\s]*\)\)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex LinkBack();

    [GeneratedRegex(@"^#{2,3}\s+(?<name>Metadata|Highlights|Highlights first synced by #Readwise.*|New highlights added.*)\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^\s+[-*]\s+Note:\s*(?<text>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ReaderNote();

    [GeneratedRegex(@"^\s+[-*]\s+Tags:", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ReaderTags();

    [GeneratedRegex(@"^[-*]\s+(?<text>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Highlight();

    // "![rw-book-cover](https://…)": the article's picture.
    [GeneratedRegex(@"^!\[[^\]]*\]\([^()\s]*\)\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CoverPicture();
}
