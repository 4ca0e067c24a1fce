using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A catalogue site's ranked list copied as text (a reading or watching site's list, a voting list): each entry is its rank
/// and title, perhaps its couple in parentheses (<c>4&lt;TAB&gt;Some Title (A &amp; B)</c>), over a <c>by Network (2020)</c>
/// line and a <c>starring A, B</c> line, then ratings and buttons, and no prose. With no paragraph under them such titles
/// read as no heading, so each entry is rewritten as a pipe table row (<c>| # | Drama | Couple | Network | Year | Cast |</c>)
/// that <see cref="TableRows"/> reads, its couple paired with its cast in order. Fewer than three entries are left as they are.
/// </summary>
public static partial class ListingCards
{
    private const int MinEntries = 3;
    private const string Header = "| # | Drama | Couple | Network | Year | Cast |";

    /// <summary>The lines with each listing entry as a table row.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        var entries = new Dictionary<int, (string Row, int Next)>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (Entry(lines, i) is { } entry)
            {
                entries[i] = entry;
            }
        }
        if (entries.Count < MinEntries)
        {
            return lines;
        }
        var output = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (entries.TryGetValue(i, out var entry))
            {
                output.Add(Header);
                output.Add(entry.Row);
                output.Add("");
                i = entry.Next - 1;
                continue;
            }
            output.Add(lines[i]);
        }
        return output;
    }

    // A rank and title, then a "by" line (optional) and a "starring" line, in that order.
    private static (string Row, int Next)? Entry(List<string> lines, int i)
    {
        var title = RankedTitle().Match(lines[i].Trim());
        if (!title.Success)
        {
            return null;
        }
        var j = i + 1;
        var by = By().Match(lines[j].Trim());
        if (by.Success)
        {
            j++;
        }
        if (j >= lines.Count || Starring().Match(lines[j].Trim()) is not { Success: true } starring)
        {
            return null;
        }
        var aside = title.Groups["aside"].Value;
        var couple = Couple().IsMatch(aside) ? aside : "";
        var year = by.Groups["year"].Success ? by.Groups["year"].Value : Year().Match(aside).Value;
        string[] cells = [title.Groups["rank"].Value, title.Groups["title"].Value.Trim(), couple, by.Groups["network"].Value.Trim(), year, starring.Groups["cast"].Value.Trim()];
        return ("| " + string.Join(" | ", cells.Select(c => c.Replace("|", "/", StringComparison.Ordinal))) + " |", j + 1);
    }

    // "4<TAB>Some Title (A & B)", "12. Some Title": a rank (a tab folds to a space later) and a title of a few words.
    // Lines reach this step uncut and unfolded, so the patterns here are linear (a run of spaces after the rank was quadratic).
    [GeneratedRegex(@"^(?<rank>\d{1,3})(?:[.)]\s*|\t\s*|\s+)(?<title>[^\t()]{1,80}?)(?:\s+\((?<aside>[^()]{1,80})\))?$", RegexOptions.NonBacktracking)]
    private static partial Regex RankedTitle();

    // "by tvN", "by KBS2 (2016)", "by tvN (Network Profile)".
    [GeneratedRegex(@"^by\s+(?<network>[^()]{1,30}?)(?:\s+\((?:(?<year>(?:19|20)\d{2})|[^()]{1,30})\))?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex By();

    // "starring A, B", "starring A, B · aka Other Title": the cast up to any note after a dot.
    [GeneratedRegex(@"^(?:starring|stars|Starring|Stars)\s+(?<cast>[^·•|]{3,200}?)(?:\s*[·•|].*)?$", RegexOptions.NonBacktracking)]
    private static partial Regex Starring();

    [GeneratedRegex(@"\s(?:&|and|x|×)\s", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Couple();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Year();
}
