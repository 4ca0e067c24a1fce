using Ganss.Xss;
using KdramaMoments.Web.Spoilers;
using Markdig;

namespace KdramaMoments.Web.Markdown;

/// <summary>
/// Editors write synopses and descriptions in Markdown; readers get HTML that can carry no script.
/// Two layers: Markdig with raw HTML disabled (typed tags show as text), then an allow-list sanitizer
/// over the result, so a bug in either layer alone lets nothing through.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .UseCustomContainers() // ":::spoiler … :::" marks a spoiler; see SpoilerBlocks
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        return Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));
    }

    /// <summary>The HTML stored when the Markdown was saved (<see cref="StoredHtml"/>); a row without it yet is rendered now.</summary>
    public static string Stored(string? html, string? markdown) => html ?? ToSafeHtml(markdown);

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "em", "strong", "del", "ins", "sub", "sup", "mark", "code", "pre", "blockquote",
                "ul", "ol", "li", "a", "h2", "h3", "h4", "hr", "div",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "start", "class" },
            // Markdig writes a custom container as <div class="NAME">: only the spoiler container survives.
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal) { SpoilerBlocks.ContainerClass },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options);
        // Links written by editors point away from the site: no referrer trail, no ranking credit.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        sanitizer.PostProcessDom += (_, e) => SpoilerBlocks.Collapse(e.Document);
        return sanitizer;
    }
}
