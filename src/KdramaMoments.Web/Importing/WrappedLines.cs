namespace KdramaMoments.Web.Importing;

/// <summary>
/// Text set in narrow columns (a scanned magazine, a plain-text e-mail) breaks lines where the page ended, not where the
/// writer did: a word hyphenated across lines (<c>tele-</c> / <c>vision</c>), a name whose parenthesis closes on the next
/// line (<c>Go Ae-shin (Kim</c> / <c>Tae-ri)</c>), a quotation that ends there. Such a line is joined to the next, so a
/// credit or a quotation is read whole. A hyphen after a capitalised part stays (<c>Dong-</c> / <c>eun</c> is
/// <c>Dong-eun</c>); after a lowercase one it was the typesetter's. Other lines are left as they are.
/// </summary>
public static class WrappedLines
{
    private const int MaxJoinedLength = 2000;

    /// <summary>The lines with every line broken by the page joined to the one it continues on.</summary>
    public static List<string> Joined(List<string> lines)
    {
        var output = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (output.Count > 0 && output[^1] is var previous && previous.Length + line.Length < MaxJoinedLength && line.Trim().Length > 0)
            {
                if (EndsHyphenated(previous, line) is { } word)
                {
                    output[^1] = word + line.TrimStart();
                    continue;
                }
                if (Continues(previous, line))
                {
                    output[^1] = previous.TrimEnd() + " " + line.TrimStart();
                    continue;
                }
            }
            output.Add(line);
        }
        return output;
    }

    // "weather-" over "caster": the line without its hyphen (or with it, after a capitalised syllable), ready to be continued.
    private static string? EndsHyphenated(string previous, string next)
    {
        var text = previous.TrimEnd();
        var start = next.TrimStart();
        if (text.Length < 3 || text[^1] != '-' || !char.IsLetter(text[^2]) || start.Length == 0 || !char.IsLower(start[0]))
        {
            return null;
        }
        var wordStart = text.LastIndexOfAny([' ', '-'], text.Length - 2) + 1;
        return char.IsUpper(text[wordStart]) ? text : text[..^1];
    }

    // A parenthesis or a quotation left open at the line's end and closed on the next line.
    // The next line goes on with words, not a list's marker, a chat line or a table row.
    private static bool Continues(string previous, string next) =>
        char.IsLetter(next.TrimStart()[0]) && (Opens(previous, '(', ')') && Opens(Reversed(next), ')', '(')
        || Count(previous, '"') % 2 == 1 && Count(next, '"') % 2 == 1
        || Opens(previous, '“', '”') && Opens(Reversed(next), '”', '“'));

    private static bool Opens(string text, char open, char close)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth = c == open ? depth + 1 : c == close ? Math.Max(0, depth - 1) : depth;
        }
        return depth > 0;
    }

    private static string Reversed(string text) => new(text.Reverse().ToArray());

    private static int Count(string text, char c) => text.Count(x => x == c);
}
