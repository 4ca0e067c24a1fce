using AngleSharp.Dom;

namespace KdramaMoments.Web.Spoilers;

/// <summary>
/// Editors mark a passage as a spoiler in Markdown with a container:
/// <code>
/// :::spoiler
/// She remembers him in the last episode.
/// :::
/// </code>
/// After sanitising, each becomes a collapsed <c>&lt;details&gt;</c> with a "reveal" summary, so it stays hidden
/// until the reader opens it, with or without script. Any other container, and anything else about it, is dropped.
/// </summary>
public static class SpoilerBlocks
{
    public const string ContainerClass = "spoiler";

    public static void Collapse(IDocument document)
    {
        foreach (var block in document.QuerySelectorAll("div").ToList())
        {
            if (!block.ClassList.Contains(ContainerClass))
            {
                // An unknown container keeps its text, not its box.
                block.Replace([.. block.ChildNodes]);
                continue;
            }
            var details = document.CreateElement("details");
            details.ClassList.Add(ContainerClass);
            var summary = document.CreateElement("summary");
            summary.TextContent = "Spoiler: reveal";
            details.AppendChild(summary);
            foreach (var child in block.ChildNodes.ToList())
            {
                details.AppendChild(child);
            }
            block.Replace(details);
        }
    }
}
