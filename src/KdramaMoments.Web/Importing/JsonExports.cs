using System.Text.Json;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// An app's export written as JSON (a journal's entries, a notes app's notes): the array whose objects most often carry a
/// text field (<c>text</c>, <c>body</c>, <c>content</c>, <c>note</c>, …) holds the entries. Each becomes its title, if it has
/// one, over its text, with Markdown's backslash escapes read (<c>1\.</c> → <c>1.</c>); ids, dates, devices, places and
/// weather are the app's bookkeeping. An entry may keep its title and text in an object of its own (a notes app's backup:
/// <c>"content": {"title": …, "text": …}</c>); entries in the app's bin are not read. JSON that does not parse, or has fewer than three such entries, is left as it is.
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
                .Select(a => a.EnumerateArray().Where(e => !Discarded(e)).Select(Record).OfType<JsonElement>().Where(e => !Discarded(e)).ToList())
                .MaxBy(a => a.Count);
            if (entries is null || entries.Count < MinimumEntries)
            {
                return null;
            }
            var written = entries
                .Select(e => new ExportEntries.Entry(Heading(e), [.. EpisodeLine(e), .. MarkdownEscape().Replace(Field(e, TextNames)!, "$1").Split('\n')]))
                .ToList();
            var list = ListObject(document.RootElement);
            return ExportEntries.Write(list is { } named ? Field(named, TitleNames) : null, list is { } described && Field(described, DescriptionNames) is { Length: > 0 } about ? [about] : [], written);
        }
    }

    // An entry's record: the object itself when it holds the text, else the one object inside it that does (a notes app's
    // backup keeps each note's title and text in "content": {…} beside its ids and dates).
    private static JsonElement? Record(JsonElement entry) =>
        entry.ValueKind != JsonValueKind.Object ? null
        : Field(entry, TextNames) is { Length: > 0 } ? entry
        : entry.EnumerateObject().Select(p => p.Value).Where(v => v.ValueKind == JsonValueKind.Object && Field(v, TextNames) is { Length: > 0 }).Take(2).ToList() is [var only] ? only : null;

    private static readonly string[] DiscardedFlags = ["deleted", "trashed", "is_deleted", "isTrashed", "in_trash"];

    // A note the app keeps in its bin ("deleted": true, "trashed": true) is no longer the writer's.
    private static bool Discarded(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object
        && entry.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.True && DiscardedFlags.Contains(p.Name, StringComparer.OrdinalIgnoreCase));

    private static readonly string[] DescriptionNames = ["description", "summary"];
    private static readonly string[] YearNames = ["year", "release_year", "first_air_year"];
    private static readonly string[] NotTheSubject = ["episode", "season", "user", "author", "owner", "ids"];

    // The entry's own title; else what it lists, as a tracker's or a reading app's list names it in an object of its own
    // ("show": {"title": "…", "year": 2016}), dated by that object's year.
    private static string? Heading(JsonElement entry)
    {
        if (Field(entry, TitleNames) is { Length: > 0 } title)
        {
            return title;
        }
        var subject = entry.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Object && !NotTheSubject.Contains(p.Name, StringComparer.OrdinalIgnoreCase) && Field(p.Value, TitleNames) is { Length: > 0 })
            .Select(p => p.Value)
            .OrderByDescending(o => Year(o) is not null)
            .FirstOrDefault();
        return subject.ValueKind != JsonValueKind.Object ? null : Year(subject) is { } year ? $"{Field(subject, TitleNames)} ({year})" : Field(subject, TitleNames);
    }

    // "episode": {"number": 12} or "episode": 12: the entry is of one episode, said as a line over its text.
    private static IEnumerable<string> EpisodeLine(JsonElement entry)
    {
        var episode = entry.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, "episode", StringComparison.OrdinalIgnoreCase)).Value;
        var number = episode.ValueKind == JsonValueKind.Object && episode.TryGetProperty("number", out var inner) ? inner : episode;
        return number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var n) && n > 0 ? [$"Episode {n}."] : [];
    }

    private static int? Year(JsonElement subject) =>
        YearNames.Select(name => subject.TryGetProperty(name, out var value) ? value : default)
            .Select(v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var y) ? y : v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), out var s) ? s : 0)
            .Cast<int?>()
            .FirstOrDefault(y => y is >= 1950 and <= 2100);

    // The export's own record: the root when it is named, else the first named object right under it ("list": {"name": …}).
    private static JsonElement? ListObject(JsonElement root) =>
        root.ValueKind != JsonValueKind.Object ? null
        : Field(root, TitleNames) is { Length: > 0 } ? root
        : root.EnumerateObject().Select(p => p.Value).Where(v => v.ValueKind == JsonValueKind.Object && Field(v, TitleNames) is { Length: > 0 }).Cast<JsonElement?>().FirstOrDefault();

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

    /// <summary>Whether the text is a JSON document (as <see cref="Parse"/> reads one).</summary>
    internal static bool IsJson(string text)
    {
        using var document = Parse(text);
        return document is not null;
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
