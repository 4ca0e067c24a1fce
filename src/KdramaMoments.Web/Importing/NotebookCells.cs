using System.Text;
using System.Text.Json;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A Jupyter notebook (<c>.ipynb</c>, as Kaggle, Colab or JupyterLab save it): JSON whose <c>cells</c> each hold a
/// <c>cell_type</c> and their <c>source</c>, one string or a list of lines. The notebook reads as its writer wrote it, the
/// Markdown cells one after the other; code cells and their outputs (tables printed from data, warnings) are the
/// program's, not the article's.
/// </summary>
public static class NotebookCells
{
    /// <summary>The notebook's Markdown as article text, or null when the text is no notebook or has no Markdown cell.</summary>
    public static string? Unpack(string text)
    {
        if (JsonExports.Parse(text) is not { } document)
        {
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var written = new StringBuilder();
            foreach (var cell in cells.EnumerateArray().Where(IsMarkdown))
            {
                var source = Source(cell).Trim();
                if (source.Length > 0)
                {
                    written.Append(source).Append("\n\n");
                }
            }
            return written.Length > 0 ? written.ToString().TrimEnd() : null;
        }
    }

    private static bool IsMarkdown(JsonElement cell) =>
        cell.ValueKind == JsonValueKind.Object && cell.TryGetProperty("cell_type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "markdown";

    // The notebook format writes a cell's source as one string or as its lines, each with its own line break.
    private static string Source(JsonElement cell) =>
        !cell.TryGetProperty("source", out var source) ? string.Empty
        : source.ValueKind == JsonValueKind.String ? source.GetString() ?? string.Empty
        : source.ValueKind == JsonValueKind.Array ? string.Concat(source.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()))
        : string.Empty;
}
