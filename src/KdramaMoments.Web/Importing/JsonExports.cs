using System.Text.Json;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// An app's export written as JSON (a journal's entries, a notes app's notes): the array whose objects most often carry a
/// text field (<c>text</c>, <c>body</c>, <c>content</c>, <c>note</c>, …) holds the entries. Each becomes its title, if it has
/// one, over its text, with Markdown's backslash escapes read (<c>1\.</c> → <c>1.</c>); ids, dates, devices, places and
/// weather are the app's bookkeeping. JSON that does not parse, or has fewer than three such entries, is left as it is.
/// </summary>
public static partial class JsonExports
{
    private const int MinimumEntries = 3;

    private static readonly string[] TextNames = ["text", "body", "content", "markdown", "note", "notes", "textContent", "plainText", "description", "message"];
    private static readonly string[] TitleNames = ["title", "name", "subject", "heading"];

    /// <summary>The export as plain article text, or null when the text is no JSON export of entries.</summary>
    public static string? Unpack(string text)
    {
        if (Parse(text) is not { } document)
        {
            return null;
        }
        using (document)
        {
            var entries = Arrays(document.RootElement)
                .Select(a => a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && Field(e, TextNames) is { Length: > 0 }).ToList())
                .MaxBy(a => a.Count);
            if (entries is null || entries.Count < MinimumEntries)
            {
                return null;
            }
            var written = entries
                .Select(e => new ExportEntries.Entry(Field(e, TitleNames) is { Length: > 0 } title ? title : null, MarkdownEscape().Replace(Field(e, TextNames)!, "$1").Split('\n')))
                .ToList();
            var name = document.RootElement.ValueKind == JsonValueKind.Object ? Field(document.RootElement, TitleNames) : null;
            return ExportEntries.Write(name, [], written);
        }
    }

    /// <summary>
    /// The text read as a JSON document (trailing commas and comments allowed), or null when it does not open as JSON or does
    /// not parse: the JSON readers of the pasted formats each read their own shape from it.
    /// </summary>
    internal static JsonDocument? Parse(string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.Length == 0 || start[0] is not ('{' or '['))
        {
            return null;
        }
        try
        {
            return JsonDocument.Parse(start, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Every array in the document, outermost first.
    internal static IEnumerable<JsonElement> Arrays(JsonElement element)
    {
        var pending = new Queue<JsonElement>([element]);
        while (pending.TryDequeue(out var current))
        {
            if (current.ValueKind == JsonValueKind.Array)
            {
                yield return current;
                foreach (var item in current.EnumerateArray())
                {
                    pending.Enqueue(item);
                }
            }
            else if (current.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in current.EnumerateObject())
                {
                    pending.Enqueue(property.Value);
                }
            }
        }
    }

    // The first of the names, in their order, that the object holds as a string.
    internal static string? Field(JsonElement entry, string[] names) =>
        names.Select(name => entry.EnumerateObject().FirstOrDefault(p => p.Value.ValueKind == JsonValueKind.String && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .Select(p => p.Value.GetString()!.Trim())
            .FirstOrDefault();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!>|~])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MarkdownEscape();
}
