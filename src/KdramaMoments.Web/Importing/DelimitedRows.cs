namespace KdramaMoments.Web.Importing;

/// <summary>
/// A spreadsheet exported as comma- or semicolon-separated values (<c>Rank,Drama,Year,Character 1,Actor 1,…</c>): when a
/// line's fields form a header that names a drama column as a table's would (<see cref="TableRows"/>), it and the records
/// under it with as many fields are rewritten as pipe rows, so the table reader reads them. Fields follow the usual
/// quoting: a quoted field may hold the delimiter, a doubled quote (<c>""</c>) stands for one, and a line break inside
/// quotes continues the record on the next line. Notes and totals rows stay rows; the table reader keeps only those that
/// name a drama. Read character by character, no pattern.
/// </summary>
public static class DelimitedRows
{
    private const int MinimumColumns = 3;
    private const int MaxColumns = 12;
    private const int MaxRecordLines = 12;
    private const int MaxRecordLength = 8000;

    // A column's name, or a form's question with a note ("Best line from the scene (copy it exactly if you can!)").
    private const int MaxHeaderLength = 80;
    private static readonly char[] Delimiters = [',', ';'];

    /// <summary>The lines with every delimited table that names its columns written as pipe rows; other lines unchanged.</summary>
    public static List<string> AsPipeRows(List<string> lines)
    {
        var output = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count;)
        {
            // A header is one only over a record of as many fields: a sentence with commas heads nothing.
            if (Header(lines, i) is not { } header || i + header.Lines >= lines.Count
                || Record(lines, i + header.Lines, header.Delimiter) is not { } first || first.Cells.Count != header.Cells.Count)
            {
                output.Add(lines[i]);
                i++;
                continue;
            }
            output.Add(PipeRow(header.Cells));
            i += header.Lines;
            while (i < lines.Count && Record(lines, i, header.Delimiter) is { } row && row.Cells.Count == header.Cells.Count)
            {
                output.Add(PipeRow(row.Cells));
                i += row.Lines;
            }
        }
        return output;
    }

    /// <summary>A record's fields, the lines it took and its delimiter.</summary>
    internal sealed record Fields(List<string> Cells, int Lines, char Delimiter);

    private static Fields? Header(List<string> lines, int start)
    {
        if (lines[start].Contains('|', StringComparison.Ordinal) || lines[start].Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var delimiter in Delimiters)
        {
            if (lines[start].Contains(delimiter, StringComparison.Ordinal) && Record(lines, start, delimiter) is { } header
                && header.Cells.Count is >= MinimumColumns and <= MaxColumns && header.Cells.All(c => c.Length > 0 && c.Length <= MaxHeaderLength)
                && TableRows.NamesColumns(header.Cells))
            {
                return header;
            }
        }
        return null;
    }

    /// <summary>One record from the line at start, over further lines while a quoted field is open.</summary>
    internal static Fields? Record(List<string> lines, int start, char delimiter)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        var length = 0;
        for (var k = start; k < lines.Count && k - start < MaxRecordLines; k++)
        {
            var line = lines[k].TrimEnd('\r');
            length += line.Length;
            if (length > MaxRecordLength)
            {
                return null;
            }
            if (k > start)
            {
                cell.Append(' ');
            }
            for (var p = 0; p < line.Length; p++)
            {
                var c = line[p];
                if (quoted)
                {
                    if (c == '"' && p + 1 < line.Length && line[p + 1] == '"')
                    {
                        cell.Append('"');
                        p++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        cell.Append(c);
                    }
                }
                else if (c == '"' && cell.ToString().Trim().Length == 0)
                {
                    cell.Clear();
                    quoted = true;
                }
                else if (c == delimiter)
                {
                    cells.Add(cell.ToString().Trim());
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }
            if (!quoted)
            {
                cells.Add(cell.ToString().Trim());
                return cells.Count >= 2 ? new Fields(cells, k - start + 1, delimiter) : null;
            }
        }
        return null;
    }

    private static string PipeRow(List<string> cells) =>
        "| " + string.Join(" | ", cells.Select(c => c.Replace('|', '/'))) + " |";
}
