using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A reference manager's bibliography (Zotero's, Mendeley's or JabRef's BibTeX or BibLaTeX export, a <c>.bib</c> file):
/// entries <c>@video{key, title = {…}, date = {…}, note = {…}, annotation = {…}, }</c>. Each entry of a screen work (a
/// video, a film, a broadcast kept as "misc") is an entry of the list: its title names the drama, dated by its date or year,
/// with its short and original titles as other names; its number is the episode; its note and annotation are its text
/// (a scholar's notes on the scene and its cast). Entries of books and articles are the writer's reading, not moments, and
/// the people in the author and editor fields made the work (directors, scholars), so neither is read. LaTeX is read as it
/// prints: <c>\enquote{…}</c> and <c>``…''</c> as quotation marks, <c>\emph{…}</c> and protective braces as their words.
/// </summary>
public static partial class BibliographyExports
{
    private const int MinimumEntries = 2;

    private static readonly string[] OtherTitleFields = ["shorttitle", "origtitle", "titleaddon"];

    private static readonly string[] TextFields = ["note", "annotation", "annote"];

    private static readonly HashSet<string> ScreenWorks = new(["video", "movie", "film", "misc", "audiovisual", "tvbroadcast"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The bibliography's screen works as export entries, or null when the text is no BibTeX or BibLaTeX file.</summary>
    public static string? Unpack(string text)
    {
        var entries = new List<(string Type, Dictionary<string, string> Fields)>();
        var readTo = 0;
        foreach (Match start in EntryStart().Matches(text))
        {
            // An entry's start inside the values read before it is their text ("@" opening a line of a note), and a file
            // whose entry does not close is no bibliography: either way each character is read once.
            if (start.Index < readTo)
            {
                continue;
            }
            if (Fields(text, start.Index + start.Length) is not ({ Count: > 0 } fields, var end))
            {
                return null;
            }
            entries.Add((start.Groups["type"].Value, fields));
            readTo = end;
        }
        if (entries.Count < MinimumEntries)
        {
            return null;
        }
        var works = entries.Where(e => ScreenWorks.Contains(e.Type) && e.Fields.ContainsKey("title")).Select(e => Entry(e.Fields)).ToList();
        return works.Count == 0 ? null : ExportEntries.Write(null, [], works);
    }

    private static ExportEntries.Entry Entry(Dictionary<string, string> fields)
    {
        var title = fields["title"];
        var year = (fields.GetValueOrDefault("date") ?? fields.GetValueOrDefault("year")) is { } date && Year().Match(date) is { Success: true } y ? y.Value : null;
        var others = OtherTitleFields.Select(fields.GetValueOrDefault).OfType<string>()
            .Where(o => o.Length > 0 && !string.Equals(o, title, StringComparison.OrdinalIgnoreCase)).ToList();
        var lines = new List<string> { $"Drama: {title}{(others.Count == 0 ? "" : $" (aka {string.Join(", ", others)})")}{(year is null ? "" : $" ({year})")}" };
        if (fields.GetValueOrDefault("number") is { } number && Episode().IsMatch(number))
        {
            lines.Add($"Episode: {number}");
        }
        lines.AddRange(TextFields.Select(fields.GetValueOrDefault).OfType<string>().Where(t => t.Length > 0));
        return new ExportEntries.Entry(title, lines);
    }

    // The fields after an entry's key, and where they end: name = {value} (braces nest), name = "value", or name = 2016 (a
    // bare number or a macro's name).
    private static (Dictionary<string, string> Fields, int End) Fields(string text, int at)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (FieldStart().Match(text, at) is { Success: true } field && field.Index == at)
        {
            at = field.Index + field.Length;
            string value;
            if (at < text.Length && text[at] is '{' or '"')
            {
                var end = ValueEnd(text, at);
                if (end < 0)
                {
                    return ([], text.Length);
                }
                value = text[(at + 1)..end];
                at = end + 1;
            }
            else
            {
                var bare = BareValue().Match(text, at);
                value = bare.Value;
                at += bare.Length;
            }
            fields[field.Groups["name"].Value] = Printed(value);
            at = Separator().Match(text, at) is { Success: true } separator && separator.Index == at ? at + separator.Length : at;
        }
        return (fields, at);
    }

    // The index of the brace or quotation mark closing the value opened at the index; -1 when it never closes.
    private static int ValueEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0 && text[open] == '{':
                    return i;
                case '"' when i > open && depth == 0 && text[open] == '"':
                    return i;
            }
        }
        return -1;
    }

    // LaTeX as it prints: quotation commands and marks as curly quotes, emphasis and protective braces as their words,
    // escaped characters as themselves, dashes as dashes, runs of white space (a value over lines) as one space.
    private static string Printed(string value)
    {
        var text = Enquote().Replace(value, "“$1”");
        text = text.Replace("``", "“", StringComparison.Ordinal).Replace("''", "”", StringComparison.Ordinal)
            .Replace("---", "—", StringComparison.Ordinal).Replace("--", "–", StringComparison.Ordinal);
        for (var depth = 0; depth < 5 && Command().IsMatch(text); depth++)
        {
            text = Command().Replace(text, "$1");
        }
        text = Escaped().Replace(text, "$1").Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
        return Spaces().Replace(text, " ").Trim();
    }

    // "@video{lee_guardian_2016," at a line's start; a comment, preamble or string entry has no key so opens none.
    [GeneratedRegex(@"^@(?<type>[A-Za-z]+)\s*\{\s*[^\s,{}=]+\s*,", RegexOptions.Multiline, RegexBudget.Milliseconds)]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"\G\s*(?<name>[A-Za-z][\w.:-]*)\s*=\s*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex FieldStart();

    [GeneratedRegex(@"\G[^,}\s]*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex BareValue();

    [GeneratedRegex(@"\G\s*,", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\\(?:enquote|textquote|mkbibquote)\*?\{([^{}]*)\}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Enquote();

    // \emph{…}, \textit{…}, \textbf{…}, \mkbibemph{…}: the words inside, innermost first.
    [GeneratedRegex(@"\\[A-Za-z]+\*?\{([^{}]*)\}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Command();

    [GeneratedRegex(@"\\([&%$#_{}])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Escaped();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{1,3}$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Episode();
}
