using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A database's dump (SQLite's <c>.dump</c>, <c>mysqldump</c>, <c>pg_dump</c> with INSERTs or COPY blocks), as a tracking
/// app's export or backup comes: its tables are read from their definitions and rows, and the table whose rows carry the
/// most writing (a quoted line, a note, a comment) holds the entries. Each entry is written as the article text the parser
/// reads: its own label over the title it refers to (with that row's year and other names), its episode, the people linked
/// to it (through a link table or referring to it: character, actor, nickname), its quoted line and its note. Ids, dates,
/// owners and rows no entry refers to are the app's bookkeeping. Text without CREATE TABLE and inserted or copied rows is left
/// as it is.
/// </summary>
public static partial class SqlDumps
{
    private static readonly string[] LabelColumns = ["label", "scene", "moment", "heading", "subject", "summary", "title", "name"];
    private static readonly string[] TitleColumns = ["drama", "drama_title", "show", "series", "title", "english_title", "title_en", "name"];
    private static readonly string[] YearColumns = ["year", "release_year", "aired_year", "first_aired", "aired", "released", "air_date"];
    private static readonly string[] OtherTitleColumns = ["alt_titles", "alt_title", "aliases", "aka", "also_known_as", "other_titles", "native_title", "korean_title", "original_title", "title_ko"];
    private static readonly string[] EpisodeColumns = ["episode", "ep", "episode_no", "episode_number", "episode_num"];
    private static readonly string[] QuoteColumns = ["line", "quote", "quotes", "dialogue", "quoted_line", "lines"];
    private static readonly string[] NoteColumns = ["note", "notes", "text", "body", "content", "description", "comment", "comments", "memo", "review", "thoughts", "why", "reason"];
    private static readonly string[] CharacterColumns = ["character", "character_name", "role", "role_name"];
    private static readonly string[] ActorColumns = ["actor", "actress", "actor_name", "played_by", "performer", "cast"];
    private static readonly string[] NicknameColumns = ["nickname", "alias", "aliases", "aka", "called"];

    /// <summary>The dump's entries as plain article text, or null when the text is no database dump with entries.</summary>
    public static string? Unpack(string text)
    {
        if (!text.Contains("CREATE TABLE", StringComparison.OrdinalIgnoreCase) || !RowStatement().IsMatch(text))
        {
            return null;
        }
        var tables = ReadTables(text);
        InferReferences(tables);
        if (EntriesTable(tables) is not { } entries)
        {
            return null;
        }
        var written = entries.Rows.Select(row => Entry(tables, entries, row)).OfType<ExportEntries.Entry>().ToList();
        return written.Count < MinimumEntries ? null : ExportEntries.Write(ListName(tables.Values), [], written);
    }

    private const int MinimumEntries = 2;

    // drama_id → dramas when no REFERENCES says so (SQLite apps and MySQL's MyISAM tables often declare none).
    private static void InferReferences(Dictionary<string, Table> tables)
    {
        foreach (var table in tables.Values)
        {
            foreach (var column in table.Columns.Where(c => !table.References.ContainsKey(c)))
            {
                if (IdColumn().Match(column) is { Success: true } id && Plurals(id.Groups["stem"].Value).FirstOrDefault(tables.ContainsKey) is { } referred)
                {
                    table.References[column] = referred;
                }
            }
        }
    }

    private static IEnumerable<string> Plurals(string stem) =>
        [stem, stem + "s", stem + "es", stem.EndsWith('y') ? stem[..^1] + "ies" : stem, stem.Equals("person", StringComparison.OrdinalIgnoreCase) ? "people" : stem];

    // The table whose rows carry the most writing and that says (itself or through a row it refers to) which title each is of.
    private static Table? EntriesTable(Dictionary<string, Table> tables) =>
        tables.Values
            .Where(t => t.Rows.Count > 0 && (Titled(t) || t.References.Values.Any(r => tables.TryGetValue(r, out var referred) && Titled(referred))))
            .Select(t => (Table: t, Writing: t.Rows.Sum(row => QuoteColumns.Concat(NoteColumns).Sum(c => Cell(t, row, c)?.Length ?? 0))))
            .Where(t => t.Writing > 0)
            .OrderByDescending(t => t.Writing)
            .Select(t => t.Table)
            .FirstOrDefault();

    private static bool Titled(Table table) => TitleColumns.Any(c => table.Column(c) >= 0);

    private static ExportEntries.Entry? Entry(Dictionary<string, Table> tables, Table entries, string?[] row)
    {
        var (titleTable, titleRow) = TitleRowOf(tables, entries, row);
        var titleColumn = TitleColumns.FirstOrDefault(c => Cell(titleTable, titleRow, c) is not null);
        var title = titleColumn is null ? null : Cell(titleTable, titleRow, titleColumn);
        // An entry that is its own title's row is labelled by another column, if it has one.
        var label = Cell(entries, row, LabelColumns.Where(c => titleTable != entries || !string.Equals(c, titleColumn, StringComparison.OrdinalIgnoreCase)).ToArray());
        var heading = label ?? title;
        if (heading is null)
        {
            return null;
        }
        var lines = new List<string>();
        if (title is not null)
        {
            lines.AddRange(TitleLines(title, titleTable, titleRow, Cell(entries, row, EpisodeColumns)));
        }
        if (CastLine(tables, entries, row) is { } cast)
        {
            lines.Add(cast);
        }
        lines.AddRange(QuoteColumns.Select(c => Cell(entries, row, c)).OfType<string>().Select(Quoted));
        lines.AddRange(NoteColumns.Select(c => Cell(entries, row, c)).OfType<string>().SelectMany(n => n.Split('\n')));
        return new ExportEntries.Entry(heading, lines);
    }

    // The row that names the title: one the entry refers to that has a title column, or the entry itself.
    private static (Table Table, string?[] Row) TitleRowOf(Dictionary<string, Table> tables, Table entries, string?[] row)
    {
        foreach (var (column, referred) in entries.References)
        {
            if (tables.TryGetValue(referred, out var table) && Titled(table) && RowByKey(table, Cell(entries, row, column)) is { } titleRow)
            {
                return (table, titleRow);
            }
        }
        return (entries, row);
    }

    // "Drama: Title (aka A, B) (태양의 후예) (2019)", then "Episode: 16".
    private static IEnumerable<string> TitleLines(string title, Table table, string?[] row, string? episode)
    {
        var line = new StringBuilder("Drama: ").Append(title);
        var others = OtherTitleColumns.Select(c => Cell(table, row, c)).OfType<string>()
            .SelectMany(o => o.Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var latin = others.Where(o => !o.Any(Text.LanguageMarkup.IsHangul)).ToList();
        if (latin.Count > 0)
        {
            line.Append(" (aka ").AppendJoin(", ", latin).Append(')');
        }
        // The Korean title in a parenthesis of its own, as cards write it.
        foreach (var korean in others.Except(latin).Take(1))
        {
            line.Append(" (").Append(korean).Append(')');
        }
        if (YearColumns.Select(c => Cell(table, row, c)).OfType<string>().Select(y => Year().Match(y)).FirstOrDefault(m => m.Success) is { } year)
        {
            line.Append(" (").Append(year.Value).Append(')');
        }
        yield return line.ToString();
        if (episode is not null && int.TryParse(episode, out var number))
        {
            yield return "Episode: " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    // "Cast: Actor as Character, also called Nickname; …" from the people linked to the entry.
    private static string? CastLine(Dictionary<string, Table> tables, Table entries, string?[] row)
    {
        var key = KeyOf(entries, row);
        if (key is null)
        {
            return null;
        }
        var people = new List<string>();
        foreach (var table in tables.Values.Where(t => t != entries))
        {
            var toEntry = table.References.FirstOrDefault(r => string.Equals(r.Value, entries.Name, StringComparison.OrdinalIgnoreCase)).Key;
            if (toEntry is null)
            {
                continue;
            }
            var linked = table.RowsWhere(toEntry, key).ToList();
            if (IsPerson(table))
            {
                people.AddRange(linked.Select(r => Person(tables, table, r)).OfType<string>());
                continue;
            }
            // A link table: its other reference is to the people.
            foreach (var (column, referred) in table.References.Where(r => !string.Equals(r.Key, toEntry, StringComparison.OrdinalIgnoreCase)))
            {
                if (tables.TryGetValue(referred, out var persons) && IsPerson(persons))
                {
                    people.AddRange(linked.Select(r => RowByKey(persons, Cell(table, r, column))).OfType<string?[]>().Select(p => Person(tables, persons, p)).OfType<string>());
                }
            }
        }
        return people.Count == 0 ? null : "Cast: " + string.Join("; ", people.Distinct(StringComparer.Ordinal));
    }

    private static bool IsPerson(Table table) => CharacterColumns.Concat(ActorColumns).Any(c => table.Column(c) >= 0 || table.References.ContainsKey(c + "_id"));

    private static string? Person(Dictionary<string, Table> tables, Table table, string?[] row)
    {
        var character = Cell(table, row, CharacterColumns) ?? (Cell(table, row, ActorColumns) is null ? null : Cell(table, row, "name"));
        var actor = Cell(table, row, ActorColumns) ?? ReferredName(tables, table, row, ActorColumns);
        var nickname = Cell(table, row, NicknameColumns);
        // "Actor as Character" says which name is whose, where "Character (Actor)" leaves the reader to guess for names it does not know.
        var person = character is not null && actor is not null ? $"{actor} as {character}" : character ?? actor;
        return person is not null && nickname is not null ? $"{person}, also called {nickname}" : person;
    }

    // actor_id → the actors row's name.
    private static string? ReferredName(Dictionary<string, Table> tables, Table table, string?[] row, string[] columns) =>
        columns.Select(c => table.References.TryGetValue(c + "_id", out var referred) && tables.TryGetValue(referred, out var other)
                ? RowByKey(other, Cell(table, row, c + "_id")) is { } found ? Cell(other, found, ["name", "full_name", .. ActorColumns]) : null
                : null)
            .FirstOrDefault(n => n is not null);

    private static string Quoted(string line) =>
        line.Length > 0 && TextShape.IsQuoteMark(line[0]) ? line : $"“{line}”";

    // A key/value table's list name ("list_name", "title", "export_name").
    private static string? ListName(IEnumerable<Table> tables) =>
        tables.Where(t => t.Column("key") >= 0 && t.Column("value") >= 0)
            .SelectMany(t => t.Rows.Where(r => Cell(t, r, "key") is { } key && ListNameKey().IsMatch(key)).Select(r => Cell(t, r, "value")))
            .FirstOrDefault(v => v is { Length: > 0 });

    private static string?[]? RowByKey(Table table, string? key)
    {
        if (key is null)
        {
            return null;
        }
        var keyColumn = table.Key ?? (table.Column("id") >= 0 ? "id" : table.Columns.FirstOrDefault());
        return keyColumn is null ? null : table.RowsWhere(keyColumn, key.Trim()).FirstOrDefault();
    }

    private static string? KeyOf(Table table, string?[] row) =>
        Cell(table, row, table.Key ?? "id") ?? (row.Length > 0 ? row[0] : null);

    private static string? Cell(Table table, string?[] row, string column) =>
        table.Column(column) is var at and >= 0 && at < row.Length && row[at] is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static string? Cell(Table table, string?[] row, string[] columns) =>
        columns.Select(c => Cell(table, row, c)).FirstOrDefault(v => v is not null);

    [GeneratedRegex(@"^\s*(?:INSERT\s|REPLACE\s|COPY\s)", RegexOptions.IgnoreCase | RegexOptions.Multiline, RegexBudget.Milliseconds)]
    private static partial Regex RowStatement();

    [GeneratedRegex(@"^(?<stem>[A-Za-z]+?)_?(?:id|Id|ID)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex IdColumn();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:list_?|collection_?|export_?)?(?:name|title)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ListNameKey();
}
