using System.Text.RegularExpressions;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Conversations and spoken lists: chat messages and automatic captions say a drama among other words ("ok round 2. Some
/// Title. the umbrella scene", "0:38 so number six is Some Title from 2014"), so the heading of such an item is the drama
/// introduced in it, found by evidence (the reference shelf, a year beside it) rather than by the line's shape.
/// </summary>
public static partial class ArticleSegmenter
{
    // Automatic captions write no sentences: "0:38 so number six is Some Title from 2014", "5:10 okay number three and this is the
    // famous one Some Title". The heading is the title the shelf knows among the words, the other words the item's text; a
    // rank said alone ("8:30 and finally number one") has its title on the next caption, which becomes the item's first text.
    private static Candidate CaptionedRank(List<string> lines, int index, ListMarker marker)
    {
        if (marker.Text.Length == 0)
        {
            var said = ListMarker.Read(lines[index]) is { Seconds: not null } ? CaptionWords(lines[index]) : lines[index];
            var next = index + 1 < lines.Count && !IsMark(lines[index + 1]) && ListMarker.Read(lines[index + 1]) is { Seconds: not null, IsNumbered: false } caption
                ? caption.Text
                : null;
            return new Candidate(index, marker with { Text = said }, next);
        }
        if (KnownTitleAmong(marker.Text) is not { } known)
        {
            return new Candidate(index, marker);
        }
        var rest = WordsAround(marker.Text, known.At, known.Heading);
        return new Candidate(index, marker with { Text = known.Heading }, rest.Length > 0 ? rest : null);
    }

    // The words of a line around the heading taken from it, without the punctuation that closed the heading.
    private static string WordsAround(string line, int at, string heading) =>
        (line[..at].TrimEnd() + " " + line[(at + heading.Length)..].TrimStart('.', ',', '!', '?', ':', ';', ' ')).Trim();

    // "8/8 That's it! Honourable mentions in the replies", "and that's my list": a thread's or a video's last numbered post may
    // only sign off (naming in passing a drama it skipped). It is no item, and the list ends where it starts.
    private static Group WithoutSignOff(Group list, List<string> lines)
    {
        if (list.Items.Count <= MinimumItems || list.Items[^1] is not { Row: null } last || !SignOff().IsMatch(last.Marker.Text))
        {
            return list;
        }
        lines[last.Index] = FooterMark;
        return list with { Items = list.Items.GetRange(0, list.Items.Count - 1) };
    }

    [GeneratedRegex(@"^(?:(?:and|so|okay|ok)[,]?\s+)?(?:that['’]?s|that is|this is)\s+(?:it|all|a wrap|the list|my list|the end)\b|^(?:thanks|thank you)\s+(?:so much\s+)?for\s+(?:reading|watching|following)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SignOff();

    // A caption's words without its time code.
    private static string CaptionWords(string line) => CaptionTimeCode().Replace(line.Trim(), string.Empty, 1);

    /// <summary>
    /// The drama the shelf knows among a message's or a caption's words, written as they write it, with the parenthesis that
    /// dates it ("lurker here 👋 Some Title (2023)" → "Some Title (2023)"), and where it starts; null when none is named.
    /// </summary>
    private static (string Heading, int At)? KnownTitleAmong(string words)
    {
        if ((KnownDramas.NamedIn(words).FirstOrDefault().Text ?? KnownTitleOpening(words)) is not { Length: > 0 } known
            || words.IndexOf(known, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return null;
        }
        var dated = DatingParenthesis().Match(words, at + known.Length);
        return (dated.Success ? known + dated.Value : known, at);
    }

    // "Goblin ep 1!! technically …": a one-word title opening a message is not found among running words (it could be any
    // capitalised word), so it counts when the shelf knows it and it ends its clause or is followed by the scene's episode.
    private static string? KnownTitleOpening(string words)
    {
        var split = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(split.Length, KnownDramas.MaxWords); n > 0; n--)
        {
            var title = string.Join(' ', split[..n]).TrimEnd('.', ',', '!', '?', ':', ';');
            var closed = n == split.Length || title.Length < string.Join(' ', split[..n]).Length || EpisodeWord().IsMatch(split[n]);
            if (closed && KnownDramas.Knows(title))
            {
                return title;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?:ep|eps|episode|e)\.?\d*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex EpisodeWord();

    // "Some Title (2023)", "Some Title 2024!!!": the year beside the title stays with it.
    [GeneratedRegex(@"\G[!?]*(?:\s*\([^()]{1,40}\)|,?\s+(?:19|20)\d{2}\b)+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DatingParenthesis();

    [GeneratedRegex(@"^[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CaptionTimeCode();
}
