using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A pipe table whose rows are items (a Markdown or Notion table: <c>| Moment | Drama | Couple | Ep |</c>): the header row
/// names the columns, in any order, and each row after it becomes an item — its heading the moment (or the drama when
/// there is no moment column), its text the fact lines the other cells state (<c>Drama: …</c>, <c>Couple: …</c>,
/// <c>Episode: …</c>, the quote). Read cell by cell, no pattern, so a table of any size costs one pass.
/// </summary>
public static partial class TableRows
{
    /// <summary>What a column holds, by the name its header gives it.</summary>
    private enum Column
    {
        Other,
        Rank,
        Moment,
        Drama,
        Year,
        Network,
        Couple,
        Cast,
        Episode,
        Quote,
        OriginalTitle,
        Character,
        Actor,
    }

    private static readonly Dictionary<string, Column> ColumnNames = new (Column Column, string[] Names)[]
    {
        (Column.Rank, ["#", "rank", "no", "no.", "number"]),
        (Column.Moment, ["moment", "scene", "the moment", "the scene", "what happens", "moment title"]),
        (Column.Drama, ["drama", "k-drama", "kdrama", "show", "series", "title", "drama title"]),
        (Column.Year, ["year", "aired", "released", "release year"]),
        (Column.Network, ["network", "net", "channel", "broadcaster", "platform", "where to watch"]),
        (Column.Couple, ["couple", "ship", "otp", "pairing", "characters", "who", "whos", "who is"]),
        (Column.Character, ["character", "role", "character name"]),
        (Column.Actor, ["actor", "actress", "actor name"]),
        (Column.Cast, ["cast", "actors", "starring", "stars", "played by", "leads"]),
        (Column.Episode, ["episode", "ep", "ep."]),
        (Column.OriginalTitle, ["original title", "korean title", "hangul", "hangul title", "native title", "korean"]),
        (Column.Quote, ["quote", "line", "the line", "best line", "dialogue", "favourite line", "favorite line", "key line"]),
    }.SelectMany(c => c.Names.Select(name => (Name: name, c.Column))).ToDictionary(c => c.Name, c => c.Column, StringComparer.Ordinal);

    // The cells a row states as fact lines, under the keys FactLines reads.
    private static readonly (Column Column, string Key)[] FactKeys =
    [
        (Column.Drama, "Drama"), (Column.Year, "Year"), (Column.Network, "Network"), (Column.Couple, "Couple"), (Column.Cast, "Cast"), (Column.Episode, "Episode"),
    ];

    private const int MinimumRows = 3;
    private const int LinesBetweenSections = 4;
    private const int MaxCells = 12;
    private const int ProseCellWords = 4;

    /// <summary>One row read as an item: the line it stands on, its heading, its rank if the table gives one, its text.</summary>
    public sealed record Row(int Index, string Heading, int? Rank, IReadOnlyList<string> Lines)
    {
        /// <summary>The line of the table's header.</summary>
        public int TableStart { get; init; }

        /// <summary>The rank cell holds a dash: the row stands outside the table's order.</summary>
        public bool Unranked { get; init; }
    }

    /// <summary>Every table of at least three rows whose header names a drama column, in the order they stand.</summary>
    public static List<List<Row>> Find(IReadOnlyList<string> lines)
    {
        var tables = new List<List<Row>>();
        List<Column>? previousColumns = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Cells(lines[i]) is not { } header || Columns(header) is not { } columns)
            {
                continue;
            }
            var rows = new List<Row>();
            var roleFirst = RoleFirst(header, columns);
            var j = i + 1;
            if (j < lines.Count && Cells(lines[j]) is { } rule && rule.All(IsRule))
            {
                j++;
            }
            for (; j < lines.Count && Cells(lines[j]) is { } cells && cells.Count == columns.Count && !cells.All(IsRule); j++)
            {
                // A header repeated under a section heading the page drops ("2020s") starts the next section's rows.
                if (Columns(cells) is { } repeated && repeated.SequenceEqual(columns))
                {
                    continue;
                }
                if (RowItem(j, cells, columns, roleFirst) is { } row)
                {
                    rows.Add(row);
                }
            }
            rows = WithoutUnrankedRows(rows);
            // A list split by sections ("2010s", "2020s") repeats its table's header under each: tables of the same columns,
            // one after the other (a section heading between them), are one list.
            if (rows.Count > 0 && tables.Count > 0 && previousColumns is not null && previousColumns.SequenceEqual(columns) && i - tables[^1][^1].Index <= LinesBetweenSections)
            {
                var start = tables[^1][0].TableStart;
                tables[^1].AddRange(rows.Select(r => r with { TableStart = start }));
            }
            else if (rows.Count > 0)
            {
                var start = i;
                tables.Add(rows.Select(r => r with { TableStart = start }).ToList());
            }
            previousColumns = rows.Count > 0 ? columns : previousColumns;
            i = j - 1;
        }
        return tables.Where(t => t.Count >= MinimumRows).ToList();
    }

    /// <summary>Whether a row of cells is a header this reader knows: a drama column and at least one other it names.</summary>
    public static bool NamesColumns(IReadOnlyList<string> cells) => Columns(cells.ToList()) is not null;

    /// <summary>"| a | b |", "a | b | c": the cells of a table line, or null when the line is not one.</summary>
    private static List<string>? Cells(string line)
    {
        var text = line.Trim();
        if (text.Count(c => c == '|') is < 2 or > MaxCells + 1)
        {
            return null;
        }
        var cells = text.Split('|').Select(c => c.Trim()).ToList();
        if (text.StartsWith('|'))
        {
            cells.RemoveAt(0);
        }
        if (text.EndsWith('|') && cells.Count > 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        return cells.Count >= 2 ? cells : null;
    }

    private static bool IsRule(string cell) => cell.Length >= 2 && cell.Trim(':').Length > 0 && cell.Trim(':').All(c => c is '-' or '—' or '–' or '=');

    // A header names a drama column and at least one other this reader knows.
    private static List<Column>? Columns(List<string> header)
    {
        var columns = header.Select(Name).ToList();
        if (columns.Count(c => c == Column.Drama) != 1)
        {
            columns = WithQuestionsNamed(header, columns);
        }
        return columns.Count(c => c == Column.Drama) == 1 && columns.Count(c => c != Column.Other) >= 2 ? columns : null;
    }

    // A form's answers exported as a sheet head their columns with its questions ("Which drama?", "Year it aired (if you
    // know)", "Best line from the scene", "Who's in the scene?"): a header no cell of which names the drama column names each
    // column by the first name it knows among the question's words, every kind once.
    private static List<Column> WithQuestionsNamed(List<string> header, List<Column> columns)
    {
        var named = columns.ToList();
        for (var k = 0; k < header.Count; k++)
        {
            if (named[k] != Column.Other || TextShape.WordCount(WithoutNote(header[k])) > QuestionWords || QuestionColumn(header[k]) is not { } column || named.Contains(column))
            {
                continue;
            }
            named[k] = column;
        }
        return named.Count(c => c != Column.Other) >= QuestionColumnsNamed ? named : columns;
    }

    // A form's question is short ("Year it aired", "Who's in the scene?"); a clause of a sentence is longer, and a sentence
    // split at its commas names few columns.
    private const int QuestionWords = 7;
    private const int QuestionColumnsNamed = 4;

    private static Column? QuestionColumn(string cell)
    {
        var words = ColumnWords(cell).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Length; start++)
        {
            // The longer name first: "best line" before "line", "the moment" before "moment".
            for (var length = Math.Min(3, words.Length - start); length >= 1; length--)
            {
                if (ColumnNames.TryGetValue(string.Join(' ', words, start, length), out var column) && column != Column.Rank)
                {
                    return column;
                }
            }
        }
        return null;
    }

    // A header cell's words as column names are listed: its note set aside, lower case, punctuation but # . - dropped.
    private static string ColumnWords(string cell) =>
        new string(WithoutNote(cell).Trim('*', '_', ' ', ':').ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '#' or '.' or '-').ToArray()).Trim();

    // "Best line (as we remember it)", "Couple (character – actor)": a spreadsheet's header may carry a note in parentheses; the
    // column is named by the words before it.
    private static string WithoutNote(string cell) => cell.IndexOf('(') is > 0 and var open && cell[..open].Any(char.IsLetter) ? cell[..open] : cell;

    private static Column Name(string cell)
    {
        var name = ColumnWords(cell);
        // "Character 1", "Actor 2": numbered columns of one kind, paired by their order.
        var unnumbered = name.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd();
        return ColumnNames.GetValueOrDefault(name, unnumbered.Length < name.Length && ColumnNames.GetValueOrDefault(unnumbered) is Column.Character or Column.Actor
            ? ColumnNames[unnumbered]
            : Column.Other);
    }

    // "Couple (character – actor)", "Cast (actor / role)": the note says which name of each pair comes first. Null when no
    // couple or cast column says.
    private static bool? RoleFirst(List<string> header, List<Column> columns)
    {
        foreach (var (cell, column) in header.Zip(columns))
        {
            var note = cell.Length > WithoutNote(cell).Length ? cell[WithoutNote(cell).Length..].ToLowerInvariant() : string.Empty;
            var role = Math.Max(note.IndexOf("character", StringComparison.Ordinal), note.IndexOf("role", StringComparison.Ordinal));
            var actor = Math.Max(note.IndexOf("actor", StringComparison.Ordinal), note.IndexOf("actress", StringComparison.Ordinal));
            if (column is Column.Couple or Column.Cast && role >= 0 && actor >= 0)
            {
                return role < actor;
            }
        }
        return null;
    }

    // "Kang Chul – Lee Jong-suk / Oh Yeon-joo – Han Hyo-joo" under "Couple (character – actor)": each pair's two names joined
    // by a dash, the pairs by slashes, written as the fact reader's "Role (Actor) & Role (Actor)"; an aside after a name
    // ("IU (Lee Ji-eun)") is set aside. Null when a part is no pair of names.
    private static string? PairsByTheNote(string cell, bool roleFirst)
    {
        var pairs = new List<string>();
        foreach (var part in cell.Split(['/', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var names = part.Split([" – ", " — ", " - ", ": "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(WithoutNote).Select(n => n.Trim()).ToList();
            if (names.Count != 2 || names.Any(n => !n.Any(char.IsLetter) || TextShape.WordCount(n) > 4))
            {
                return null;
            }
            var (role, actor) = roleFirst ? (names[0], names[1]) : (names[1], names[0]);
            pairs.Add($"{role} ({actor})");
        }
        return pairs.Count > 0 ? string.Join(" & ", pairs) : null;
    }

    // "–" where the other rows have their rank: a row the table leaves out of its order (cut, a reserve) is no item of the list.
    private static List<Row> WithoutUnrankedRows(List<Row> rows) =>
        rows.Count(r => r.Rank is not null) >= MinimumRows ? rows.Where(r => !r.Unranked).ToList() : rows;

    private static bool IsDash(string cell) => cell.Length is > 0 and <= 2 && cell.All(c => c is '-' or '–' or '—' or '−');

    private static Row? RowItem(int index, List<string> cells, List<Column> columns, bool? roleFirst)
    {
        string Cell(Column column) => columns.IndexOf(column) is >= 0 and var k ? Unmarked(cells[k]) : string.Empty;
        var drama = Cell(Column.Drama);
        // A notes row ("Note, Votes are from the March meetup …") writes a sentence where the drama stands, a totals row
        // ("Watched, 5") a number.
        if (!drama.Any(char.IsLetter) || TextShape.IsProse(drama))
        {
            return null;
        }
        // "Faith | 신의": the title in Korean follows the drama, as an article writes it in parentheses.
        var original = Cell(Column.OriginalTitle);
        var lines = new List<string>();
        var paired = PairedCast(cells, columns);
        foreach (var (column, key) in FactKeys.Where(f => paired is null || f.Column is not (Column.Couple or Column.Cast)))
        {
            var value = column == Column.Drama && original.Any(IsHangul) ? $"{drama} ({original})" : Cell(column);
            var factKey = key;
            if (column is Column.Couple or Column.Cast && roleFirst is { } order && PairsByTheNote(value, order) is { } pairs)
            {
                (value, factKey) = (pairs, "Couple");
            }
            if (value.Length > 0 && value.Any(char.IsLetterOrDigit))
            {
                lines.Add($"{factKey}: {value}");
            }
        }
        if (paired is not null)
        {
            lines.Add($"Couple: {paired}");
        }
        if (Cell(Column.Quote) is { Length: > 0 } quote && quote.Any(char.IsLetter))
        {
            lines.AddRange(QuotedLines(quote));
        }
        // Columns this reader has no name for ("Why we love it", "Notes") are the author's words about the item.
        lines.AddRange(columns.Select((c, k) => (c, k)).Where(x => x.c == Column.Other && TextShape.WordCount(Unmarked(cells[x.k])) >= ProseCellWords).Select(x => Unmarked(cells[x.k])));
        var moment = Cell(Column.Moment);
        var rank = Cell(Column.Rank);
        return new Row(index, moment.Any(char.IsLetter) ? moment : drama, RankOf(rank), lines) { Unranked = IsDash(rank) };
    }

    // A quote cell is the line itself, quoted or not; one that quotes it among words about it ('He says "Let's date." (I think?)')
    // gives the quoted words alone.
    private static List<string> QuotedLines(string quote)
    {
        if (TextShape.IsQuoteMark(quote[0]))
        {
            return [quote];
        }
        var quoted = QuotedInCell().Matches(quote).Select(m => $"“{m.Groups["q"].Value}”").ToList();
        return quoted.Count > 0 ? quoted : [$"“{quote}”"];
    }

    [GeneratedRegex(@"[""“](?<q>[^""“”\n]{2,300})[""”]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex QuotedInCell();

    // Roles and the actors who play them in columns of their own: "Character 1 | Actor 1 | Character 2 | Actor 2" pair
    // column by column, and "Who: A & B" beside "Actors: X & Y" name as many people in the same order. Written as a
    // couple line of "Role (Actor)" parts, which the fact reader pairs; null when the cells do not pair one to one.
    private static string? PairedCast(List<string> cells, List<Column> columns)
    {
        List<string> Of(Column column) => columns.Select((c, k) => (c, k)).Where(x => x.c == column).Select(x => Unmarked(cells[x.k])).ToList();
        var roles = Of(Column.Character);
        var actors = Of(Column.Actor);
        if (roles.Count == 0 && actors.Count == 0 && Of(Column.Couple) is [var couple] && Of(Column.Cast) is [var cast])
        {
            roles = Names(couple);
            actors = Names(cast);
        }
        if (roles.Count == 0 || roles.Count != actors.Count)
        {
            return null;
        }
        var pairs = roles.Zip(actors).Where(p => p.First.Any(char.IsLetter) && p.Second.Any(char.IsLetter)).Select(p => $"{p.First} ({p.Second})").ToList();
        return pairs.Count > 0 ? string.Join(" & ", pairs) : null;
    }

    // "A & B", "A, B and C", "A x B": the names a cell lists, in order.
    private static List<string> Names(string cell) =>
        cell.Replace(" and ", " & ", StringComparison.Ordinal).Replace(" x ", " & ", StringComparison.Ordinal).Replace(" × ", " & ", StringComparison.Ordinal)
            .Split(['&', ',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(n => n.Length > 0).ToList();

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    private static int? RankOf(string cell)
    {
        var digits = cell.SkipWhile(c => CharUnicodeInfo.GetDecimalDigitValue(c) < 0).TakeWhile(c => CharUnicodeInfo.GetDecimalDigitValue(c) >= 0).ToList();
        return digits.Count is >= 1 and <= 3 ? digits.Aggregate(0, (n, c) => n * 10 + CharUnicodeInfo.GetDecimalDigitValue(c)) : null;
    }

    // "**Goblin**", "_Healer_": a cell's emphasis is not its text.
    private static string Unmarked(string cell)
    {
        var text = cell.Trim().Trim('*', '_').Trim();
        return text.Contains("<br", StringComparison.OrdinalIgnoreCase) ? new StringBuilder(text).Replace("<br>", " ").Replace("<br/>", " ").ToString() : text;
    }
}
