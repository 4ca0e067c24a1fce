using System.Text.RegularExpressions;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

// Step 2: the page's top. The headline is the article's title; the headings are looked for under it.
public static partial class ArticleSegmenter
{
    // The title, and the list read under it: the first line when it reads as a headline, else the headline the page's own
    // lines stand over, when the list read from the top does not take it for one of its headings.
    private static (string Title, ListReading List) TitleAndList(List<string> lines, List<List<TableRows.Row>> tables)
    {
        var (title, firstCandidate) = FindTitle(lines);
        var list = FindList(lines, tables, firstCandidate);
        if (HeadlineInPageTop(lines) is { } headline)
        {
            var below = FindList(lines, tables, DekOrByline(lines, headline));
            if (IsThePagesHeadline(lines, headline, list, below))
            {
                return (HeadlineText(lines[headline]), below);
            }
        }
        return (title, list);
    }

    // A headline under the page's own lines is the title, unless the list read from the top takes it for a heading. It may
    // still be the page's, above sub-headings of its shape, when it is dated or signed below ("The Confession Always Comes
    // Too Late" over its dek and date) or stands under a masthead and the page's own short lines.
    private const int LinesToTheDateline = 4;

    private static bool IsThePagesHeadline(List<string> lines, int headline, ListReading fromTheTop, ListReading below)
    {
        if (fromTheTop.Best?.Items.Any(c => c.Index == headline) != true)
        {
            return true;
        }
        var dated = lines.Skip(headline + 1).Take(LinesToTheDateline).Any(IsDateline);
        return (dated || IsUnderMasthead(lines, headline)) && below.Best is not null;
    }

    // The first line, when it reads as a headline; headings are looked for after it.
    private static (string Title, int FirstCandidate) FindTitle(List<string> lines)
    {
        if (lines.Count == 0)
        {
            return (string.Empty, 0);
        }
        // "Entry 1: The Red Sleeve finale" with "Entry 2: …" below: a list with no headline of its own (an export without a
        // name, a bare list) opens with its first item, which it keeps; the item's words stand in for the title.
        if (ListMarker.Read(lines[0]) is { Number: 1 } opening && lines.Skip(1).Any(l => ListMarker.Read(l) is { Number: 2 } next && next.Shape == opening.Shape))
        {
            return (HeadlineText(opening.Text), 0);
        }
        // A chat whose first message opens the text has no headline: its first words stand in for one, as below.
        if (IsMark(lines[0]))
        {
            return (FirstSentenceAsTitle(lines.FirstOrDefault(l => !IsMark(l)) ?? string.Empty), 0);
        }
        var first = HeadlineText(lines[0]);
        var words = WordCount(first);
        if (words is >= 2 and <= 30 && !TextShape.ReadsAsSentence(first))
        {
            return (first, 1);
        }
        // "Metro" over the site's menu, and again over its footer: the site's name is the page's masthead, no heading.
        if (words == 1 && lines.Skip(1).Contains(lines[0], StringComparer.Ordinal))
        {
            return (first, 1);
        }
        return (FirstSentenceAsTitle(lines[0]), 0);
    }

    private static string FirstSentenceAsTitle(string line)
    {
        var sentence = FirstSentence().Match(line).Value.Trim();
        return sentence.Length <= 140 ? sentence : sentence[..137].TrimEnd() + "…";
    }

    // "The Sun" over "Sign in", its menu a word a line and "TV & SHOWBIZ"; "TechRadar" over its tagline, "Search", "Sign in" and
    // a trail: a masthead or a section's name (a word or two, or three in capitals) over short lines of the page's own, and a
    // headline longer than any of them or under two lines of them at least.
    private const int MinKickerLines = 2;
    private const int PageTopLineWords = 6;

    private static bool IsUnderMasthead(List<string> lines, int headline)
    {
        var masthead = HeadlineText(lines[0]);
        return WordCount(masthead) <= (ChatMessages.IsShouted(masthead) ? 3 : 2) && !IsMark(lines[0]) && !KnownDramas.Knows(lines[0].Trim())
            && (WordCount(HeadlineText(lines[headline])) > PageTopLineWords || headline >= MinKickerLines) && lines.Take(headline).Skip(1).All(l => l == FooterMark || IsPageOwnLine(l));
    }

    // A heading, a numbered line or a card's field is the list's already, not the page's top.
    private static bool IsPageOwnLine(string line) =>
        PageFurniture.IsSeparatedMenu(line)
        || WordCount(line) <= PageTopLineWords && !TextShape.ReadsAsSentence(line) && !TextShape.IsProse(line) && !KnownDramas.Knows(line.Trim())
            && !line.StartsWith('#') && !ListMarker.Read(line).IsNumbered && !FactLines.IsFactLine(line) && !FactLines.IsKeyValue(line);

    // The page's top: the site's name, menus, trails, dates and notices over the headline, which its dek or its byline
    // follows. A first line that reads as a headline is one; an item's heading (a list's marker, a known title, a title
    // with its year) or the article's first paragraph ends the page's top.
    private const int MaxPageTopScan = 24;
    private const int MinHeadlineWords = 4;
    private const int MaxHeadlineWords = 30;

    private static int? HeadlineInPageTop(List<string> lines)
    {
        // "# Title" is the writer's own headline; a text of nothing but furniture has none.
        if (lines.Count == 0 || CouldBeHeadline(lines[0]) && !IsTaglineOverHeadline(lines, 0) || ListMarker.Read(lines[0]).Level == 1)
        {
            return null;
        }
        for (var j = 0; j < lines.Count && j <= MaxPageTopScan; j++)
        {
            var line = lines[j];
            if (line == FooterMark)
            {
                continue;
            }
            if (line == CommentMark || IsListMarked(line) || KnownDramas.Knows(HeadlineText(line)) || EndsWithYear(line) || IsParagraph(line))
            {
                return null;
            }
            if (j > 0 && CouldBeHeadline(line) && IsOverDekOrByline(lines, j) && !IsTaglineOverHeadline(lines, j))
            {
                return j;
            }
        }
        return null;
    }

    // A line of a headline's length that is no menu, date, byline or sentence of the dek's.
    private static bool CouldBeHeadline(string line)
    {
        var headline = HeadlineText(line);
        return WordCount(headline) is >= MinHeadlineWords and <= MaxHeadlineWords && !PageFurniture.IsSeparatedMenu(line) && !PageFurniture.IsNoise(line)
            && !DateOrTime().IsMatch(line) && !line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && !EndsAsASentence(headline);
    }

    // "… And my cat." closes a sentence; "… At 2 A.M." closes an abbreviation.
    private static bool EndsAsASentence(string text) =>
        text.EndsWith('.') && !text.EndsWith("...", StringComparison.Ordinal) && !text[(text.LastIndexOf(' ') + 1)..^1].Contains('.', StringComparison.Ordinal);

    // "The source for Tech Buying Advice" under "TechRadar", "Home of the Daily and Sunday Express" over "Sign in", "News":
    // a masthead's tagline or a station's "ON AIR NOW" bar reads like a headline, but a longer headline over a dek or byline
    // stands under it, past the site's own short lines at most.
    private static bool IsTaglineOverHeadline(List<string> lines, int index)
    {
        if (WordCount(lines[index]) > PageLabelWords)
        {
            return false;
        }
        foreach (var next in LinesUnder(lines, index))
        {
            if (WordCount(lines[next]) > WordCount(lines[index]) && CouldBeHeadline(lines[next]) && IsOverDekOrByline(lines, next))
            {
                return true;
            }
            if (!IsPageOwnLine(lines[next]))
            {
                return false;
            }
        }
        return false;
    }

    // What a headline stands over, past a line or two of the page's own: the dek's prose or a sentence of it, or the byline.
    private const int DekSentenceWords = 5;

    private static bool IsDekOrByline(string line) =>
        TextShape.IsProse(line) || line.StartsWith("By ", StringComparison.Ordinal) || WordCount(line) >= DekSentenceWords && EndsAsASentence(line);

    private static bool IsOverDekOrByline(List<string> lines, int index)
    {
        foreach (var j in LinesUnder(lines, index))
        {
            if (lines[j] == CommentMark)
            {
                return false;
            }
            if (IsDekOrByline(lines[j]))
            {
                return true;
            }
            // "26 Jan 2024, 3:45 PM" under the headline opens with a number but counts no list.
            if (IsDateline(lines[j]))
            {
                continue;
            }
            if (WordCount(lines[j]) > PageLabelWords || TextShape.ReadsAsSentence(lines[j]) || ListMarker.Read(lines[j]).IsNumbered)
            {
                return false;
            }
        }
        return false;
    }

    // The few lines under a headline, a footer's mark among them not counted (share buttons read as a footer's first line).
    private static IEnumerable<int> LinesUnder(List<string> lines, int index) =>
        Enumerable.Range(index + 1, Math.Max(0, lines.Count - index - 1)).Where(j => lines[j] != FooterMark).Take(LinesBeforeDek);

    // "1. When …", "#1 …": a list's marker over a heading. A headline may open with the count it promises ("7 K-Drama
    // Moments That …", "The 8 Most …", "Top 10 …"), and a site's name may end in a number ("Dazed 100").
    private static bool IsListMarked(string line) =>
        ListMarker.Read(line) is { IsNumbered: true, IsCount: false, Text.Length: > 0 };

    // A paragraph of the article's own: a sentence closed by a full stop, or a long one (a headline may read as a sentence,
    // "'Is this the best you can do?': The K-drama moments that …", but seldom runs past two dozen words or ends in a stop).
    private const int ParagraphWords = 25;

    private static bool IsParagraph(string line) =>
        (WordCount(line) >= ParagraphWords || TextShape.IsProse(line) && EndsAsASentence(line)) && TextShape.ReadsAsSentence(line);

    private static bool EndsWithYear(string line) => YearAtEnd().IsMatch(line);

    // "# 10 Best K-Drama Kisses, Ranked": the number belongs to the headline, the markdown does not.
    private static string HeadlineText(string line) => line.TrimStart('#').Trim().Trim('*', '_').Trim();

    // The dek's prose or the byline may come after a line or two of the page's own: the authors' names without "By"
    // ("Jane Doe and Site Staff"), a section label ("Features").
    private const int LinesBeforeDek = 3;
    private const int PageLabelWords = 8;

    // Where the article goes on under its headline: the dek or the byline, past a section's label ("Features") or the
    // authors' names between, and past the date and byline under the dek.
    private static int DekOrByline(List<string> lines, int headline)
    {
        foreach (var j in LinesUnder(lines, headline))
        {
            if (IsDekOrByline(lines[j]))
            {
                return PastTheDateline(lines, j);
            }
        }
        return headline + 1;
    }

    // "Feb 14, 2026, 6:00am EST", "by Jane Doe" under the dek are the page's, no heading of the list.
    private const int DatelineWords = 8;

    private static bool IsDateline(string line) =>
        WordCount(line) <= DatelineWords && DateOrTime().IsMatch(line) || line.StartsWith("by ", StringComparison.OrdinalIgnoreCase);

    // The authors' names without "By" ("Mina Park and Jo Reyes") may stand between the dek and the date.
    private static int PastTheDateline(List<string> lines, int dek)
    {
        var under = LinesUnder(lines, dek).ToList();
        var dateline = under.FindLastIndex(j => IsDateline(lines[j]));
        var signed = dateline >= 0 && under.Take(dateline).All(j => IsDateline(lines[j]) || WordCount(lines[j]) <= DatelineWords && !TextShape.IsProse(lines[j]));
        return signed ? under[dateline] + 1 : dek;
    }

    [GeneratedRegex(@"\((?:19|20)\d\d\)\W*$")]
    private static partial Regex YearAtEnd();

    // "Saturday, February 15, 2025", "Nov 18, 2024, 09:30am EST", "9 February 2025 at 23:42", "2024-11-18": a line that dates the page.
    [GeneratedRegex(@"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}:\d\d)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex DateOrTime();
}
