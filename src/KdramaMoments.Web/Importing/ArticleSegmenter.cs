using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Finds the list in an article: which lines are item headings, which blocks belong to each item,
/// and what is intro, outro or page furniture (credits, bylines, ads). Pure: text in, segments out.
/// </summary>
public static partial class ArticleSegmenter
{
    private const int MinimumItems = 3;

    /// <summary>Returns null when the text holds no list this parser recognises.</summary>
    public static ArticleSegments? Segment(string text)
    {
        var blocks = text.Split('\n')
            .Select(line => Whitespace().Replace(line, " ").Trim())
            .Where(line => line.Length > 0 && !IsNoise(line))
            .ToList();

        var headings = FindNumberedHeadings(blocks) ?? FindUnnumberedHeadings(blocks);
        if (headings is null)
        {
            return null;
        }

        var items = new List<ItemSegment>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var (index, title, number) = headings[i];
            var end = i + 1 < headings.Count ? headings[i + 1].Index : blocks.Count;
            var body = blocks.GetRange(index + 1, end - index - 1);
            if (i == headings.Count - 1)
            {
                body = TrimOutro(body);
            }
            items.Add(new ItemSegment(i + 1, title, number, body));
        }
        var intro = blocks.GetRange(0, headings[0].Index);
        return new ArticleSegments(FindTitle(intro, text), intro, items);
    }

    /// <summary>Lines that are never content: credits, bylines, ads, reading-time stamps, stray punctuation.</summary>
    public static bool IsNoise(string line)
    {
        if (line.Count(char.IsLetter) < 3)
        {
            return true;
        }
        line = line.Trim('*', '_', ' ');
        return NoiseLine().IsMatch(line) || (line.Length < 40 && ShortNoise().IsMatch(line)) || (line.Length <= 80 && Byline().IsMatch(line));
    }

    private static List<(int Index, string Title, int? Number)>? FindNumberedHeadings(List<string> blocks)
    {
        var candidates = new List<(int Index, string Style, int Number, string Title)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (TryNumberedHeading(blocks[i], out var style, out var number, out var title))
            {
                candidates.Add((i, style, number, title));
            }
        }

        // Articles count up or down by one; the style whose numbers make the longest such run is
        // the list, which rules out a title like "6 Most Romantic Scenes" or "4 MIN READ".
        List<(int Index, string Style, int Number, string Title)>? best = null;
        foreach (var group in candidates.GroupBy(c => c.Style))
        {
            var list = group.ToList();
            for (var start = 0; start < list.Count; start++)
            {
                foreach (var step in new[] { 1, -1 })
                {
                    var run = new List<(int, string, int, string)> { list[start] };
                    for (var j = start + 1; j < list.Count; j++)
                    {
                        if (list[j].Number == run[^1].Item3 + step)
                        {
                            run.Add(list[j]);
                        }
                    }
                    if (run.Count >= MinimumItems && (best is null || run.Count > best.Count))
                    {
                        best = run;
                    }
                }
            }
        }
        return best?.Select(c => (c.Index, c.Title, (int?)c.Number)).ToList();
    }

    private static bool TryNumberedHeading(string line, out string style, out int number, out string title)
    {
        style = string.Empty;
        number = 0;
        title = string.Empty;
        if (line.Length > 160 || WordCount(line) > 25)
        {
            return false;
        }
        var markdown = MarkdownPrefix().Match(line);
        var rest = markdown.Success ? line[markdown.Length..] : line;
        var prefix = markdown.Success ? "md" : string.Empty;

        Match m;
        if ((m = NumberWordHeading().Match(rest)).Success)
        {
            style = prefix + "no";
        }
        else if ((m = HashHeading().Match(rest)).Success)
        {
            style = prefix + "hash";
        }
        else if ((m = DelimitedHeading().Match(rest)).Success)
        {
            style = prefix + "num" + m.Groups["delim"].Value;
        }
        else if ((m = SpaceHeading().Match(rest)).Success)
        {
            style = prefix + "num ";
        }
        else if ((m = RomanHeading().Match(rest)).Success)
        {
            style = prefix + "roman";
            number = RomanToInt(m.Groups["n"].Value);
            title = m.Groups["title"].Value.Trim();
            return number > 0 && IsHeadingTitle(title);
        }
        else
        {
            return false;
        }
        number = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        title = m.Groups["title"].Value.Trim();
        return number is > 0 and <= 100 && IsHeadingTitle(title);
    }

    // A heading's text reads like a title, not like the first sentence of a paragraph.
    private static bool IsHeadingTitle(string title) =>
        title.Length >= 2 && (char.IsLetter(title[0]) || "'‘\"“".Contains(title[0], StringComparison.Ordinal))
        && !SentenceEnd().IsMatch(title);

    private static List<(int Index, string Title, int? Number)>? FindUnnumberedHeadings(List<string> blocks)
    {
        // "Hyun Bin for Son Ye Jin in Crash Landing on You", "Character - Drama", "## Title".
        var patterns = new Func<string, bool>[]
        {
            line => ForInHeading().IsMatch(line),
            line => DashHeading().IsMatch(line),
            line => line.StartsWith('#'),
        };
        foreach (var pattern in patterns)
        {
            var found = blocks.Select((line, index) => (line, index))
                .Where(x => x.line.Length <= 160 && !SentenceEnd().IsMatch(x.line) && pattern(x.line))
                .Select(x => (x.index, MarkdownPrefix().Replace(x.line, string.Empty).Trim(), (int?)null))
                .ToList();
            if (found.Count >= MinimumItems)
            {
                return found;
            }
        }
        return null;
    }

    // After the last item come questions to the reader and sign-offs, not part of the item.
    private static List<string> TrimOutro(List<string> body)
    {
        var end = body.Count;
        while (end > 1 && (OutroQuestion().IsMatch(body[end - 1]) || WordCount(body[end - 1]) <= 15 && body[end - 1].EndsWith('?')))
        {
            end--;
        }
        return body.GetRange(0, end);
    }

    private static string FindTitle(List<string> intro, string text)
    {
        var first = intro.Count > 0 ? intro[0] : null;
        if (first is not null && WordCount(first) is >= 3 and <= 30 && !SentenceEnd().IsMatch(first))
        {
            return MarkdownPrefix().Replace(first, string.Empty);
        }
        var source = first ?? text.Trim();
        var sentence = FirstSentence().Match(source).Value.Trim();
        return sentence.Length <= 140 ? sentence : sentence[..137].TrimEnd() + "…";
    }

    internal static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static int RomanToInt(string roman)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100 };
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var value = values[roman[i]];
            total += i + 1 < roman.Length && values[roman[i + 1]] > value ? -value : value;
        }
        return total;
    }

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:(?:photos?|images?|pictures?|screenshots?|featured image)\s*(?:credits?|courtesy|source|via)\b|(?:image|photo)\s*(?:credit)?\s*[:|]|credits?\s*:|sources?\s*:|via\s+\w+$|advertisement$|sponsored\b|also read\b|read also\b|read more\b|related\s*:|recommended\s*:|you may also like|share this|subscribe\b|follow us\b|last updated\b|updated\s*:|published\s*:|written by\b|\d+\s*min(?:ute)?s?\s*read\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NoiseLine();

    [GeneratedRegex(@"^By\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*(?:[|·•,]\s*.*)?$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:ad|ads|advert|loading\.*|comments?|tags?\s*:.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortNoise();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex MarkdownPrefix();

    [GeneratedRegex(@"^(?:No\.?|Number)\s*(?<n>\d{1,3})\s*[:.)\-–—]?\s*(?<title>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWordHeading();

    [GeneratedRegex(@"^#(?<n>\d{1,3})\s*[:.)\-–—]?\s*(?<title>.+)$")]
    private static partial Regex HashHeading();

    [GeneratedRegex(@"^(?<n>\d{1,3})\s*(?<delim>[.):\]\-–—])\s*(?<title>\D.*)$")]
    private static partial Regex DelimitedHeading();

    [GeneratedRegex(@"^(?<n>\d{1,3})\s+(?<title>[^\d\s].*)$")]
    private static partial Regex SpaceHeading();

    [GeneratedRegex(@"^(?<n>[IVXLC]{1,7})\s*[.):\-–—]\s*(?<title>.+)$")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"[.!]$|[.!?]\s+\S+.*[.!?]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4}\s+for\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4}\s+in\s+\S.*$")]
    private static partial Regex ForInHeading();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s+[-–—]\s+\S.{1,80}$")]
    private static partial Regex DashHeading();

    [GeneratedRegex(@"^(?:which|what(?:'s|’s| is) your|who(?:'s|’s| is) your|tell us|let us know|do you agree|did we miss)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutroQuestion();

    [GeneratedRegex(@"^.*?(?:[.!?](?=\s|$)|$)")]
    private static partial Regex FirstSentence();
}
