using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Forum posts and e-mail replies quote what they answer with <c>&gt; </c> at the start of each line, under an attribution
/// (<c>name wrote:</c>). Such a quotation is another post's words again, never a new item: a run of quoted lines is set aside
/// when an attribution stands above it or when its words stand elsewhere in the text unquoted. The attribution lines go
/// too. A Markdown blockquote that repeats nothing (a line of dialogue set off by the author) stays.
/// </summary>
public static partial class QuotedReplies
{
    private const int MinimumRepeatedWords = 4;
    private const int MaxQuotedLineLength = 400;
    private const int MaxBlocksChecked = 200;
    private const int MaxLinesCheckedPerBlock = 20;

    /// <summary>The lines without quoted replies and their attributions.</summary>
    public static List<string> Without(List<string> lines)
    {
        if (!lines.Any(IsQuoted))
        {
            return lines;
        }
        var unquoted = " " + string.Join(" ", lines.Where(l => !IsQuoted(l)).Select(Key)) + " ";
        var output = new List<string>(lines.Count);
        var checkedBlocks = 0;
        for (var i = 0; i < lines.Count;)
        {
            if (!IsQuoted(lines[i]))
            {
                if (!IsAttribution(lines[i]))
                {
                    output.Add(lines[i]);
                }
                i++;
                continue;
            }
            var end = i;
            while (end < lines.Count && IsQuoted(lines[end]))
            {
                end++;
            }
            var attributed = output.LastOrDefault(l => l.Trim().Length > 0) is { } above && IsAttribution(above)
                || i > 0 && IsAttribution(lines[i - 1]);
            var repeated = checkedBlocks++ < MaxBlocksChecked && Enumerable.Range(i, Math.Min(end - i, MaxLinesCheckedPerBlock)).Any(k => Repeats(lines[k], unquoted));
            if (!attributed && !repeated)
            {
                output.AddRange(lines.Skip(i).Take(end - i));
            }
            i = end;
        }
        return output;
    }

    private static bool IsQuoted(string line) => line.TrimStart().StartsWith('>') && !line.TrimStart().StartsWith(">>", StringComparison.Ordinal);

    private static bool IsAttribution(string line) => line.Length <= 120 && Attribution().IsMatch(line.Trim());

    // The quoted words, four or more, stand in the text outside the quotation. A bounded number of lines is looked up, so
    // pasted text of any size costs a bounded number of searches.
    private static bool Repeats(string line, string unquoted)
    {
        var key = Key(line.TrimStart().TrimStart('>'));
        return key.Length <= MaxQuotedLineLength && TextShape.WordCount(key) >= MinimumRepeatedWords && unquoted.Contains(key, StringComparison.Ordinal);
    }

    private static string Key(string line) => string.Join(' ', line.Split(' ', '\t').Where(w => w.Length > 0)).ToLowerInvariant();

    // "mellowyellow wrote:", "On Tue, Jan 14, 2025 at 11:42 PM, Name <mail> wrote:", "Quote from Name:".
    [GeneratedRegex(@"^(?:.{1,100}\s(?:wrote|writes|said)\s*:|quote from\s.{1,60}:|originally posted by\s.{1,60})$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Attribution();
}
