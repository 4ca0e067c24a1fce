using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

// Reading a dump's statements into tables: CREATE TABLE for the columns, keys and references, ALTER TABLE for references
// declared after (pg_dump), INSERT … VALUES (one row or many) and COPY … FROM stdin blocks for the rows.
public static partial class SqlDumps
{
    internal sealed class Table(string name)
    {
        public string Name { get; } = name;

        public List<string> Columns { get; } = [];

        /// <summary>Column → the table it refers to.</summary>
        public Dictionary<string, string> References { get; } = new(StringComparer.OrdinalIgnoreCase);

        public string? Key { get; set; }

        public List<string?[]> Rows { get; } = [];

        public int Column(string name) => Columns.FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));

        private readonly Dictionary<int, ILookup<string, string?[]>> byColumn = [];

        /// <summary>The rows whose column holds the value: one look-up each, however many rows a dump holds.</summary>
        public IEnumerable<string?[]> RowsWhere(string column, string value)
        {
            var at = Column(column);
            if (at < 0)
            {
                return [];
            }
            if (!byColumn.TryGetValue(at, out var lookup))
            {
                lookup = byColumn[at] = Rows.Where(r => at < r.Length && r[at] is not null).ToLookup(r => r[at]!.Trim(), StringComparer.Ordinal);
            }
            return lookup[value];
        }
    }

    private static Dictionary<string, Table> ReadTables(string text)
    {
        var tables = new Dictionary<string, Table>(StringComparer.OrdinalIgnoreCase);
        // MySQL writes quotes inside strings as \' ; SQLite and PostgreSQL double them and keep backslashes as they are.
        var backslashEscapes = text.Contains('`', StringComparison.Ordinal);
        foreach (var (statement, copied) in Statements(text, backslashEscapes))
        {
            if (CreateTable().Match(statement) is { Success: true } create)
            {
                var table = tables[NameOf(create.Groups["name"].Value)] = new Table(NameOf(create.Groups["name"].Value));
                ReadDefinitions(table, statement[(create.Index + create.Length)..], backslashEscapes);
            }
            else if (AlterTable().Match(statement) is { Success: true } alter && tables.TryGetValue(NameOf(alter.Groups["name"].Value), out var altered))
            {
                ReadConstraint(altered, statement[(alter.Index + alter.Length)..]);
            }
            else if (Insert().Match(statement) is { Success: true } insert)
            {
                var table = TableFor(tables, insert.Groups["name"].Value, insert.Groups["columns"]);
                var order = ColumnOrder(table, insert.Groups["columns"]);
                foreach (var values in Tuples(statement, insert.Index + insert.Length, backslashEscapes))
                {
                    table.Rows.Add(Arranged(table, order, values));
                }
            }
            else if (copied is not null && Copy().Match(statement) is { Success: true } copy)
            {
                var table = TableFor(tables, copy.Groups["name"].Value, copy.Groups["columns"]);
                var order = ColumnOrder(table, copy.Groups["columns"]);
                table.Rows.AddRange(copied.Select(line => Arranged(table, order, line.Split('\t').Select(CopyValue).ToList())));
            }
        }
        return tables;
    }

    // The statements, split at semicolons outside strings, quoted names and comments; a COPY … FROM stdin statement comes
    // with its data lines (up to "\.").
    private static IEnumerable<(string Statement, List<string>? Copied)> Statements(string text, bool backslashEscapes)
    {
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"' or '`')
            {
                var end = QuotedEnd(text, i, c, backslashEscapes);
                current.Append(text, i, end - i);
                i = end - 1;
            }
            else if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                i = LineEnd(text, i) - 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 1;
            }
            else if (c == ';')
            {
                var statement = current.ToString().Trim();
                current.Clear();
                List<string>? copied = null;
                if (Copy().IsMatch(statement))
                {
                    copied = [];
                    var start = LineEnd(text, i) + 1;
                    while (start < text.Length)
                    {
                        var end = LineEnd(text, start);
                        var line = text[start..end].TrimEnd('\r');
                        start = end + 1;
                        if (line == "\\.")
                        {
                            break;
                        }
                        copied.Add(line);
                    }
                    i = start - 1;
                }
                if (statement.Length > 0)
                {
                    yield return (statement, copied);
                }
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private static int LineEnd(string text, int from) => text.IndexOf('\n', from) is var end and >= 0 ? end : text.Length;

    // Just past the closing quote; a doubled quote is one quote inside (and a backslash escapes the next character in MySQL's strings).
    private static int QuotedEnd(string text, int open, char quote, bool backslashEscapes)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (backslashEscapes && text[i] == '\\' && quote == '\'' && i + 1 < text.Length)
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    i++;
                    continue;
                }
                return i + 1;
            }
        }
        return text.Length;
    }

    private static void ReadDefinitions(Table table, string definitions, bool backslashEscapes)
    {
        var open = definitions.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return;
        }
        foreach (var definition in TopLevelParts(definitions, open + 1, backslashEscapes))
        {
            var first = definition.Split((char[])[' ', '\t', '\n', '\r', '('], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            if (IsTableConstraint(first, definition))
            {
                ReadConstraint(table, definition);
                continue;
            }
            var column = NameOf(first);
            table.Columns.Add(column);
            if (definition.Contains("PRIMARY KEY", StringComparison.OrdinalIgnoreCase))
            {
                table.Key = column;
            }
            if (InlineReference().Match(definition) is { Success: true } reference)
            {
                table.References[column] = NameOf(reference.Groups["table"].Value);
            }
        }
    }

    // "PRIMARY KEY (a, b)", "CONSTRAINT fk FOREIGN KEY …", MySQL's "KEY idx (col)"; a column may be named key or index
    // ("key TEXT PRIMARY KEY"), and a quoted name is always a column.
    private static bool IsTableConstraint(string first, string definition) =>
        ConstraintWords.Contains(first) || (IndexWords.Contains(first) && definition.Contains('(', StringComparison.Ordinal));

    private static readonly HashSet<string> ConstraintWords = new(["CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "EXCLUDE"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> IndexWords = new(["KEY", "INDEX", "FULLTEXT", "SPATIAL"], StringComparer.OrdinalIgnoreCase);

    private static void ReadConstraint(Table table, string constraint)
    {
        if (ForeignKey().Match(constraint) is { Success: true } foreign)
        {
            table.References[NameOf(foreign.Groups["column"].Value)] = NameOf(foreign.Groups["table"].Value);
        }
        else if (PrimaryKey().Match(constraint) is { Success: true } primary)
        {
            table.Key = NameOf(primary.Groups["column"].Value);
        }
    }

    // The comma-separated parts inside the parenthesis opened just before `from`, up to the one that closes it.
    private static List<string> TopLevelParts(string text, int from, bool backslashEscapes)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = from;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"' or '`')
            {
                i = QuotedEnd(text, i, c, backslashEscapes) - 1;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if ((c == ',' && depth == 0) || (c == ')' && depth-- == 0))
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
                if (c == ')')
                {
                    break;
                }
            }
        }
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static Table TableFor(Dictionary<string, Table> tables, string quotedName, Group columns)
    {
        var name = NameOf(quotedName);
        if (!tables.TryGetValue(name, out var table))
        {
            table = tables[name] = new Table(name);
            if (columns.Success)
            {
                table.Columns.AddRange(columns.Value.Split(',').Select(NameOf));
            }
        }
        return table;
    }

    // Where each listed column's value goes in the table's order (null: in the table's order as they come).
    private static int[]? ColumnOrder(Table table, Group columns) =>
        columns.Success ? columns.Value.Split(',').Select(c => table.Column(NameOf(c))).ToArray() : null;

    private static string?[] Arranged(Table table, int[]? order, List<string?> values)
    {
        var row = new string?[Math.Max(table.Columns.Count, values.Count)];
        for (var i = 0; i < values.Count; i++)
        {
            var at = order is null ? i : i < order.Length ? order[i] : -1;
            if (at >= 0)
            {
                row[at] = values[i];
            }
        }
        return row;
    }

    // "(1,'a',NULL),(2,'b',replace('x\ny','\n',char(10)))" → each parenthesised row's values.
    private static IEnumerable<List<string?>> Tuples(string statement, int from, bool backslashEscapes)
    {
        var i = from;
        while ((i = statement.IndexOf('(', i)) >= 0)
        {
            i++;
            yield return Values(statement, ref i, backslashEscapes, 0);
        }
    }

    // The comma-separated values from i up to the parenthesis that closes them (i ends past it).
    private static List<string?> Values(string s, ref int i, bool backslashEscapes, int depth)
    {
        var values = new List<string?>();
        while (i < s.Length)
        {
            values.Add(Value(s, ref i, backslashEscapes, depth));
            i = SkipSpace(s, i);
            if (i >= s.Length || s[i] == ')')
            {
                i++;
                break;
            }
            i++; // the comma
        }
        return values;
    }

    // A dump nests a call or two (replace(…, char(10))); text nesting deeper is read as it stands, so no input runs the stack out.
    private const int MaxCallDepth = 4;

    private static string? Value(string s, ref int i, bool backslashEscapes, int depth)
    {
        i = SkipSpace(s, i);
        if (i >= s.Length)
        {
            return null;
        }
        if (s[i] == '\'' || (s[i] is 'E' or 'e' && i + 1 < s.Length && s[i + 1] == '\''))
        {
            var escaped = backslashEscapes || s[i] != '\'';
            var open = s[i] == '\'' ? i : i + 1;
            var end = QuotedEnd(s, open, '\'', escaped);
            var inner = s[(open + 1)..Math.Max(open + 1, end - 1)].Replace("''", "'", StringComparison.Ordinal);
            i = end;
            return escaped ? Unescaped(inner) : inner;
        }
        var start = i;
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '_' or '.' or '-' or '+'))
        {
            i++;
        }
        var word = s[start..i];
        if (depth < MaxCallDepth && SkipSpace(s, i) is var paren && paren < s.Length && s[paren] == '(')
        {
            // SQLite writes a string with line breaks as replace('a\nb','\n',char(10)), newer versions as unistr('a\u000ab').
            i = paren + 1;
            return Call(word, Values(s, ref i, backslashEscapes, depth + 1));
        }
        return word.Equals("NULL", StringComparison.OrdinalIgnoreCase) ? null : word;
    }

    private static string? Call(string function, List<string?> arguments) => function.ToLowerInvariant() switch
    {
        "replace" when arguments is [{ } text, { Length: > 0 } find, var with] => text.Replace(find, with ?? "", StringComparison.Ordinal),
        "char" => string.Concat(arguments.Select(a => int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? char.ConvertFromUtf32(code) : "")),
        "unistr" when arguments is [{ } text] => UnicodeEscape().Replace(text, m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))),
        _ => arguments.FirstOrDefault(),
    };

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
        return i;
    }

    // A COPY block's cell: \N is null, backslash escapes as PostgreSQL writes them.
    private static string? CopyValue(string cell) => cell == "\\N" ? null : Unescaped(cell);

    // \n, \t, \r, \0 and a backslash before any other character (\', \\) as MySQL's strings and COPY cells write them.
    private static string Unescaped(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                sb.Append(text[i]);
                continue;
            }
            sb.Append(text[++i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', var other => other });
        }
        return sb.ToString();
    }

    // `moments`, "public"."moments", [moments], public.moments → moments.
    private static string NameOf(string quoted)
    {
        var name = quoted.Trim();
        var dot = name.LastIndexOf('.');
        if (dot >= 0 && !name.EndsWith('.'))
        {
            name = name[(dot + 1)..];
        }
        return name.Trim('"', '`', '[', ']', ' ');
    }

    private const string QuotedName = @"(?:[""`\[]?[\w$]+[""`\]]?\.)?[""`\[]?[\w$]+[""`\]]?";

    [GeneratedRegex(@"^CREATE\s+(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?<name>" + QuotedName + ")", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^ALTER\s+TABLE\s+(?:ONLY\s+)?(?<name>" + QuotedName + ")", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex AlterTable();

    [GeneratedRegex(@"^(?:INSERT|REPLACE)\s+(?:OR\s+\w+\s+|IGNORE\s+)?INTO\s+(?<name>" + QuotedName + @")\s*(?:\((?<columns>[^()]*)\))?\s*VALUES", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Insert();

    [GeneratedRegex(@"^COPY\s+(?<name>" + QuotedName + @")\s*(?:\((?<columns>[^()]*)\))?\s*FROM\s+stdin", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Copy();

    [GeneratedRegex(@"\bREFERENCES\s+(?<table>" + QuotedName + ")", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex InlineReference();

    [GeneratedRegex(@"\bFOREIGN\s+KEY\s*\(\s*(?<column>[^,()]+?)\s*\)\s*REFERENCES\s+(?<table>" + QuotedName + ")", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ForeignKey();

    [GeneratedRegex(@"\bPRIMARY\s+KEY\s*\(\s*(?<column>[^,()]+?)\s*\)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PrimaryKey();

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex UnicodeEscape();
}
