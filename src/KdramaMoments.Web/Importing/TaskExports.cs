namespace KdramaMoments.Web.Importing;

/// <summary>
/// A to-do app's list exported as comma-separated values (Todoist's <c>TYPE,CONTENT,DESCRIPTION,…</c>, and the like:
/// a header naming each task's text and its notes among scheduling columns). Read as the list it is: each task's text
/// numbered on a line of its own over its notes (numbered from 1 again in each section), a comment row (<c>note</c>)
/// added to the task above it, a section row (<c>section</c>) set apart as a line of its own (the first, before any
/// task, is the list's name, so its title). Scheduling and filing columns (priority, dates, people, time zones) and
/// attached files are set aside. Exports whose header names a drama column are tables, left to <see cref="DelimitedRows"/>.
/// </summary>
public static class TaskExports
{
    private const int MinimumColumns = 4;

    private static readonly string[] TextColumns = ["content", "task", "task name", "title", "name"];
    private static readonly string[] NotesColumns = ["description", "notes", "note"];

    /// <summary>The lines of a task export as its tasks and notes; other text unchanged.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        var start = lines.FindIndex(l => l.Trim().Length > 0);
        if (start < 0 || DelimitedRows.Record(lines, start, ',') is not { Cells.Count: >= MinimumColumns } header
            || TableRows.NamesColumns(header.Cells))
        {
            return lines;
        }
        var names = header.Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        var (text, notes, type) = (IndexOfAny(names, TextColumns), IndexOfAny(names, NotesColumns), names.IndexOf("type"));
        if (text < 0 || notes < 0)
        {
            return lines;
        }
        var output = new List<string>(lines.Count);
        // The list's name: a section row before any other row is written.
        var (numbered, first) = (0, true);
        for (var i = start + header.Lines; i < lines.Count;)
        {
            if (lines[i].Trim().Length == 0 || DelimitedRows.Record(lines, i, ',') is not { } record || record.Cells.Count <= Math.Max(text, notes))
            {
                output.Add(lines[i]);
                i++;
                continue;
            }
            i += record.Lines;
            var kind = type >= 0 && type < record.Cells.Count ? record.Cells[type].ToLowerInvariant() : "task";
            var (words, note) = (record.Cells[text], IsAttachment(record.Cells[notes]) ? string.Empty : record.Cells[notes]);
            switch (kind)
            {
                case "section" when words.Length > 0:
                    numbered = 0;
                    output.AddRange(first ? [words, string.Empty] : [string.Empty, words, string.Empty]);
                    first = false;
                    break;
                case "note" or "comment":
                    output.AddRange(note.Length > 0 ? [note, string.Empty] : []);
                    break;
                default:
                    if (words.Length > 0)
                    {
                        first = false;
                        var line = $"{++numbered}. {words}";
                        output.AddRange(note.Length > 0 ? [line, string.Empty, note, string.Empty] : [line, string.Empty]);
                    }
                    break;
            }
        }
        return output;
    }

    private static int IndexOfAny(List<string> names, string[] wanted) =>
        wanted.Select(w => names.IndexOf(w)).FirstOrDefault(i => i >= 0, -1);

    // "[[file {"file_name":"scene.gif",…}]]": a file attached to a comment, nothing to read.
    private static bool IsAttachment(string note) => note.StartsWith("[[file", StringComparison.OrdinalIgnoreCase);
}
