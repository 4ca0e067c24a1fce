namespace KdramaMoments.Web.Importing.Reference;

/// <summary>
/// The format the importer's reference files share (<c>known-dramas.tsv</c>, <c>known-casts.tsv</c>): embedded in the
/// app, TAB-separated, <c>#</c> comment lines, one header line of column names, lists within a column split by <c>;</c>.
/// </summary>
public static class ReferenceTable
{
    /// <summary>Reads the embedded file <paramref name="resourceName"/> with <paramref name="read"/>.</summary>
    public static T Load<T>(string resourceName, Func<TextReader, T> read)
    {
        using var stream = typeof(ReferenceTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"the reference file {resourceName} is not embedded");
        using var reader = new StreamReader(stream);
        return read(reader);
    }

    /// <summary>The data lines with their line numbers: no blank line, no comment, not the header.</summary>
    public static IEnumerable<(int Number, string Line)> Rows(TextReader reader)
    {
        var number = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!headerSeen)
            {
                headerSeen = true; // the column names
                continue;
            }
            yield return (number, line);
        }
    }

    /// <summary>A column's <c>;</c>-separated list, each entry trimmed, empty entries dropped.</summary>
    public static List<string> List(string column) =>
        column.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
