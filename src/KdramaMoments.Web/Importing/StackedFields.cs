namespace KdramaMoments.Web.Importing;

/// <summary>
/// A show's card copied from a page that stacks each field's label over its value (<c>Release Date</c> / <c>November 16,
/// 2016</c> / <c>Cast</c> / <c>Lee Sung-kyung , Nam Joo-hyuk</c> / <c>Seasons</c> / <c>1</c>): each pair is written as the
/// one line <c>Label: value</c> that the card reader reads. A card is two pairs or more, two at least fields the card reader
/// knows (a release date, the cast, the network), each label a short capitalised name on its own line: a footer's stacked
/// topics (<c>K-drama</c> / <c>Netflix</c> / <c>Korea</c> / <c>TV</c>) name one field at most.
/// </summary>
public static class StackedFields
{
    private const int MinimumPairs = 2;
    private const int MaxLabelLength = 25;
    private const int MaxLabelWords = 3;

    public static List<string> Joined(List<string> lines)
    {
        List<string>? joined = null;
        for (var i = 0; i < lines.Count;)
        {
            var pairs = 0;
            var known = 0;
            while (i + 2 * pairs + 1 < lines.Count && IsLabel(lines[i + 2 * pairs]) && IsValue(lines[i + 2 * pairs + 1]))
            {
                known += FactLines.IsFieldName(lines[i + 2 * pairs]) ? 1 : 0;
                pairs++;
            }
            if (pairs >= MinimumPairs && known >= MinimumPairs)
            {
                joined ??= lines[..i];
                for (var k = 0; k < pairs; k++)
                {
                    joined.Add($"{lines[i + 2 * k].Trim()}: {lines[i + 2 * k + 1].Trim()}");
                }
                i += 2 * pairs;
                continue;
            }
            joined?.Add(lines[i]);
            i++;
        }
        return joined ?? lines;
    }

    // "Release Date", "Streaming Service(s)": a capitalised name of a few words, nothing a sentence or a field line writes.
    private static bool IsLabel(string line)
    {
        var text = line.Trim();
        return text.Length is > 1 and <= MaxLabelLength && char.IsUpper(text[0]) && TextShape.WordCount(text) <= MaxLabelWords
            && !text.Any(c => char.IsDigit(c) || c is ':' or '.' or ',' or '!' or '?' or '|' or '"' or '“');
    }

    private static bool IsValue(string line) => line.Trim().Length > 0 && !line.Contains(':', StringComparison.Ordinal);
}
