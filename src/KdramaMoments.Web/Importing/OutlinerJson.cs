using System.Text;
using System.Text.Json;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// An outliner's JSON export (Roam Research's: an array of pages, each a <c>title</c> over nested <c>children</c> blocks
/// whose text is <c>string</c> and whose <c>heading</c> level makes it a heading), written as the outliner's own Markdown
/// page: the first page's title as its <c>title::</c>, a bullet a block, children indented under their parent, a heading
/// block as <c>- ### …</c>, a later page's title as a heading over its blocks. <see cref="OutlinerPages"/> reads that page
/// as notes. Ids, times and e-mail addresses are the app's bookkeeping. Other JSON is left to <see cref="JsonExports"/>.
/// </summary>
public static class OutlinerJson
{
    private const int Indent = 4;

    /// <summary>The export as an outliner page, or null when the text is no outliner's JSON export.</summary>
    public static string? Unpack(string text)
    {
        if (JsonExports.Parse(text) is not { } document)
        {
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var pages = document.RootElement.EnumerateArray().Where(IsPage).ToList();
            if (pages.Count == 0 || pages.Count < document.RootElement.GetArrayLength())
            {
                return null;
            }
            var page = new StringBuilder();
            page.Append("title:: ").Append(Text(pages[0], "title")).Append('\n');
            WriteBlocks(page, pages[0], 0);
            foreach (var later in pages.Skip(1))
            {
                page.Append("- # ").Append(Text(later, "title")).Append('\n');
                WriteBlocks(page, later, 1);
            }
            return page.ToString();
        }
    }

    // A page: a title and blocks (objects with a "string"), as every element of the export is.
    private static bool IsPage(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && Text(element, "title") is { Length: > 0 }
        && element.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array
        && children.EnumerateArray().Any(c => Text(c, "string") is not null);

    private static void WriteBlocks(StringBuilder page, JsonElement parent, int depth)
    {
        if (!parent.TryGetProperty("children", out var children) || children.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        foreach (var block in children.EnumerateArray())
        {
            if (Text(block, "string") is not { } text)
            {
                continue;
            }
            var indent = new string(' ', depth * Indent);
            page.Append(indent).Append("- ");
            if (block.TryGetProperty("heading", out var heading) && heading.TryGetInt32(out var level) && level is > 0 and <= 6)
            {
                page.Append('#', level).Append(' ');
            }
            // A block's later lines continue it, indented under its bullet.
            page.AppendJoin("\n" + indent + "  ", text.Split('\n')).Append('\n');
            WriteBlocks(page, block, depth + 1);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : null;
}
