using System.Text;
using System.Text.RegularExpressions;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Finds the list in an article by structure: heading candidates are picked by line shape (short, not a
/// sentence, followed by body text) whatever their marker; candidates of one marker shape form a group;
/// the group that best partitions the article is the list (numbered groups must count up or down by one).
/// Page furniture (<see cref="PageFurniture"/>) is set aside first. Pure: text in, segments out.
/// </summary>
public static partial class ArticleSegmenter
{
    private const int MinimumItems = 3;

    /// <summary>The list, or why none was taken (the shapes seen and what each lacked).</summary>
    public static SegmentResult Read(string text)
    {
        var lines = ContentLines(PastedFormats.Normalise(text));
        var (title, list) = TitleAndList(lines, TableRows.Find(lines));
        if (list.Best is not { } best)
        {
            return new SegmentResult(null, WhyNoList(list.Groups));
        }
        if (list.Summaries.Count > 0 && best.Shape != TableShape)
        {
            SetAsideSummaries(lines, list.Summaries);
        }
        return new SegmentResult(Build(lines, title, WithSummaryRows(WithoutSignOff(best, lines), list.Summaries)), null);
    }

    private sealed record ListReading(List<Group> Groups, List<List<TableRows.Row>> Summaries, Group? Best);

    // Steps 3 and 4: the headings from the first candidate line on, grouped by shape; the best group is the list.
    private static ListReading FindList(List<string> lines, List<List<TableRows.Row>> tables, int firstCandidate)
    {
        var candidates = OutsideTables(WithinMessages(FindCandidates(lines, firstCandidate), lines), tables);
        var groups = WithoutAnchorsUnderHeadings(GroupByShape(candidates, lines), lines);
        var summaries = tables.Where(t => Summarises(t, groups)).ToList();
        groups.AddRange(tables.Except(summaries).Select(TableGroup));
        var resolution = new ItemResolution(lines);
        var best = groups.Where(g => g.Items.Count >= MinimumItems).MaxBy(g => g.Score * resolution.Factor(g.Items))
            ?? LedByKnownTitles(candidates, lines);
        return new ListReading(groups, summaries, best);
    }

    /// <summary>Returns null when the text holds no list this parser recognises.</summary>
    public static ArticleSegments? Segment(string text) => Read(text).Segments;

    /// <summary>A single line that is never content: see <see cref="PageFurniture.IsNoise"/>.</summary>
    public static bool IsNoise(string line) => PageFurniture.IsNoise(line);

    // Step 1: the article's lines, whitespace folded, page furniture and embedded posts removed.
    // A footer's first line is furniture too, but it is kept as this mark so the last item can end there.
    private const string FooterMark = "\u2063footer";

    // Where a thread's top-level comment starts: the comment's first line is its heading.
    private const string CommentMark = "\u2063comment";
    private const string CommentShape = "comment";

    private static bool IsMark(string line) => line is FooterMark or CommentMark;

    // A "3 comments" line above the article (a blog's post header) is not where the page ends.
    private const int MinimumLinesBeforeComments = 10;

    // No line a person writes is longer than an item the extractor reads; cutting one here, before any pattern looks at
    // it, keeps a megabyte paragraph from costing every later step (the item still says it was cut: ItemExtractor).
    private const int LongestLineRead = ItemExtractor.MaxItemCharacters + 1;

    private static string WithinLineLimit(string line) => line.Length > LongestLineRead ? line[..LongestLineRead] : line;

    private static List<string> ContentLines(string text)
    {
        var unfolded = text.Split('\n').Select(WithinLineLimit).ToArray();
        var raw = RanksJoinedToTheirTitles(unfolded.Select(TableRow).Select(FoldWhitespace).Select(SectionHeading).Select(WithoutEditorialMarks).ToList());
        var furniture = Or(
            Or(Or(PageFurniture.SocialPosts(raw), SiteMenusAboveTheProse(raw, unfolded)), PageFurniture.ShoppingWidgets(raw)),
            Or(Or(PageFurniture.PhotoCredits(raw), PageFurniture.PhotoStrips(raw)), Or(PageFurniture.StackedMenus(raw), PageFurniture.AuthorBoxes(raw))));
        var related = PageFurniture.RelatedLinkBoxes(raw);
        var proseAfter = ProseLinesAfter(raw, i => furniture[i] || related[i]);
        var messages = raw.Select(ChatMessages.Read).ToArray();
        var firstMessage = FirstMessageAtTheMargin(raw, unfolded, messages, i => furniture[i] || related[i]);
        var lines = new List<string>(raw.Count);
        var seenProse = false;
        for (var i = 0; i < raw.Count; i++)
        {
            var line = raw[i];
            if (line.Length == 0 || furniture[i])
            {
                continue;
            }
            if (related[i])
            {
                // A related-links box is furniture; one that closes the page ("Related posts") still marks where it ends. A box
                // the article's paragraphs go on after ("RELATED STORIES" between two items) only interrupts it.
                if (proseAfter[i] < ProseLinesAfterAnInlineBox)
                {
                    AddFooterMarkWhenItClosesThePage(lines, line);
                }
                continue;
            }
            if (messages[i] is { } header)
            {
                AddMessage(lines, header, AtTheMargin(unfolded[i]));
                continue;
            }
            // Among messages, a day alone on its line ("Sat, Feb 14, 2026") only dates the messages below it.
            if (ChatMessages.IsFurniture(line) || i > firstMessage && ChatMessages.IsDayLine(line))
            {
                continue;
            }
            // Readers' comments close the page: nothing after their header is the article's, though it may look like headings.
            if (lines.Count >= MinimumLinesBeforeComments && PageFurniture.StartsComments(line))
            {
                lines.Add(FooterMark);
                break;
            }
            AddArticleLine(lines, line, seenProse);
            seenProse |= TextShape.IsProse(line);
        }
        return lines;
    }

    private const int ProseLinesAfterAnInlineBox = 3;

    // How many lines of prose, not set aside, come after each line.
    private static int[] ProseLinesAfter(List<string> raw, Func<int, bool> setAside)
    {
        var after = new int[raw.Count];
        for (int i = raw.Count - 2, count = 0; i >= 0; i--)
        {
            count += !setAside(i + 1) && TextShape.IsProse(raw[i + 1]) ? 1 : 0;
            after[i] = count;
        }
        return after;
    }

    // The site's menu above the article ("News  Sport  Entertainment", "News Sport Business Opinion Travel Culture") and its
    // bar of trending topics are furniture; below the first prose, the list decides. A menu of a dozen entries has a
    // paragraph's count of words, but is no prose.
    private static bool[] SiteMenusAboveTheProse(List<string> raw, string[] unfolded)
    {
        var menus = new bool[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            menus[i] = PageFurniture.IsSiteMenu(unfolded[i]) || PageFurniture.IsWordMenu(raw[i]) || PageFurniture.IsTrendingBar(raw[i]);
            if (!menus[i] && TextShape.IsProse(raw[i]))
            {
                break;
            }
        }
        return menus;
    }

    // A thread's comment or a chat's message starts under its header ("u/name · 4d", "[02-Nov-25 09:02 PM] name") or after
    // it on the same line; a reply is indented under it and belongs to the comment it answers, so only a header at the
    // margin opens an item.
    private static bool AtTheMargin(string unfoldedLine) => !char.IsWhiteSpace(unfoldedLine.FirstOrDefault('x'));

    // Where the messages begin (int.MaxValue when the article holds none): below it, chat furniture such as day lines is set aside.
    private static int FirstMessageAtTheMargin(List<string> raw, string[] unfolded, ChatMessages.Header?[] messages, Func<int, bool> setAside)
    {
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i].Length > 0 && !setAside(i) && messages[i] is not null && AtTheMargin(unfolded[i]))
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    private static void AddMessage(List<string> lines, ChatMessages.Header header, bool atTheMargin)
    {
        if (atTheMargin)
        {
            lines.Add(CommentMark);
        }
        if (header.Body is { } said)
        {
            lines.Add(said);
        }
    }

    private static void AddFooterMarkWhenItClosesThePage(List<string> lines, string line)
    {
        if (PageFurniture.StartsFooter(line))
        {
            lines.Add(FooterMark);
        }
    }

    // A footer's short first line ("Related posts", "More from …") marks where the article ends; other noise is dropped.
    // Above the first prose, a word or two such as "Subscribe" or "Follow us" is the masthead's button, not the footer.
    private static void AddArticleLine(List<string> lines, string line, bool belowProse)
    {
        if (PageFurniture.StartsFooter(line) && (PageFurniture.IsNoise(line) || TextShape.WordCount(line) <= 6))
        {
            if (belowProse || TextShape.WordCount(line) > MastheadButtonWords)
            {
                lines.Add(FooterMark);
            }
        }
        else if (!PageFurniture.IsNoise(line))
        {
            lines.Add(line);
        }
    }

    private const int MastheadButtonWords = 2;

    private static bool[] Or(bool[] a, bool[] b) => a.Select((x, i) => x || b[i]).ToArray();

    // A countdown that sets the rank alone on its line ("8", then "Jung-hwan's Ring That Was Just A Joke") means one heading:
    // the rank joins the short line right under it. A value under a field name ("Seasons", "1", "Network") is not a rank.
    private static List<string> RanksJoinedToTheirTitles(List<string> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var next = lines.FindIndex(i + 1, l => l.Length > 0);
            if (next < 0 || !RankAlone().IsMatch(lines[i]) || next != i + 1 || RankAlone().IsMatch(lines[next]) || TextShape.IsProse(lines[next])
                || WordCount(lines[next]) > 18 || PageFurniture.IsNoise(lines[next]) || FactLines.IsKeyValue(lines[next] + ": -") || ListMarker.Read(lines[next]).IsNumbered
                || i > 0 && lines[i - 1].Length > 0 && !TextShape.IsProse(lines[i - 1]) && WordCount(lines[i - 1]) <= 2)
            {
                continue;
            }
            lines[i] = lines[i].TrimEnd('.') + ". " + lines[next];
            lines[next] = string.Empty;
        }
        return lines;
    }

    // "Network<TAB>tvN" (a copied infobox or table row) is the fact line "Network: tvN". A line of three cells or more
    // ("2012<TAB>Faith<TAB>SBS", a table copied from a web page or a spreadsheet) is a table row, written as a pipe row for
    // TableRows to read.
    private static string TableRow(string line)
    {
        if (line.Count(c => c == '\t') >= 2 && !line.Contains('|', StringComparison.Ordinal) && line.Split('\t').Count(c => c.Trim().Length > 0) >= 3)
        {
            return "| " + string.Join(" | ", line.Split('\t').Select(c => c.Trim())) + " |";
        }
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var key = tab > 0 ? line[..tab].Trim() : string.Empty;
        return key.Length is >= 2 and <= 30 && TextShape.WordCount(key) <= 3 && !key.Contains(':', StringComparison.Ordinal) && line[tab..].Trim().Length > 0
            ? key + ": " + line[tab..].Trim()
            : line;
    }

    // "Crash Landing on You[edit]", "Trivia[]": a wiki section heading keeps its edit link when copied; it is a heading as
    // Markdown's "## Trivia" is.
    private static string SectionHeading(string line) =>
        line.EndsWith(']') && SectionEditLink().Match(line) is { Success: true } link && link.Index > 1 && TextShape.WordCount(line) <= 12
            ? "## " + line[..link.Index].Trim()
            : line;

    // Wiki marks copied with the text: citation numbers ("Lee Young-jae,[3]"), "[edit]" links, "[citation needed]".
    private static string WithoutEditorialMarks(string line) =>
        line.Contains('[', StringComparison.Ordinal) ? EditorialMark().Replace(line, string.Empty).Trim() : line;

    private static string FoldWhitespace(string line)
    {
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            // Control characters (NUL included) and every kind of space read as one space.
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    // Step 3: lines shaped like headings, with what follows them.
    private static List<Candidate> FindCandidates(List<string> lines, int start)
    {
        var candidates = new List<Candidate>();
        var parents = ParentSections(lines);
        var quotationsOverTitles = QuotationsOverTitles(lines, start);
        for (var i = start; i < lines.Count; i++)
        {
            if (IsMark(lines[i]))
            {
                continue;
            }
            if (i > 0 && lines[i - 1] == CommentMark)
            {
                // A reply ("@name …") belongs to the message it answers: it heads nothing.
                if (!ChatMessages.IsReply(lines[i]))
                {
                    // "final:" over "1. Some Title (2019) – …": the numbered line under a few words of chatter opens the message.
                    var opening = MessageOpening(lines, i);
                    if ((NumberedMessage(lines, i) ?? (opening > i ? NumberedMessage(lines, opening) : null)) is { } numbered)
                    {
                        candidates.Add(numbered);
                    }
                    i = opening;
                    candidates.Add(MessageCandidate(lines, i));
                }
                continue;
            }
            var marker = ListMarker.Read(lines[i]);
            if (quotationsOverTitles.Contains(i))
            {
                candidates.Add(new Candidate(i, marker with { Shape = QuotationOverTitleShape }));
                i++;
                continue;
            }
            if (IsCardHeading(lines, i, marker))
            {
                candidates.Add(new Candidate(i, marker with { Shape = marker.Shape.Replace("plain", CardShape, StringComparison.Ordinal) }));
                continue;
            }
            if (IsQuotedTitleLead(lines, i, marker))
            {
                // A lead that sets its title in single quotes, as the other headings of such a house style do, is one of them.
                candidates.Add(new Candidate(i, marker with { Shape = SingleQuotedTitle(marker.Text) ? marker.Shape + SingleQuotedTitleMark : QuotedLeadShape }));
                continue;
            }
            // A ranked paragraph with no text of its own below ("2/ some show — and then he …") is its item's heading and text on one line.
            var anchor = ItemAnchors.Read(lines[i]);
            if (anchor is not null && marker.IsNumbered && !HasTextBelow(lines, i) && !IsOneLineItem(lines, i, marker))
            {
                candidates.Add(new Candidate(i, anchor.Marker, anchor.Rest));
            }
            else if ((IsHeadingShaped(marker) || IsMomentOverItsText(lines, i, marker)) && !FactLines.IsMetadataRow(lines[i]) && !IsFieldUnderFacts(lines, i)
                && (FollowedByBody(lines, i) || IsOneLineItem(lines, i, marker) || ExportEntries.IsEntryWithDrama(lines, i, marker) || IsSectionWithContent(lines, i)))
            {
                var skeleton = Skeleton(marker);
                candidates.Add(marker.IsSpoken ? SpokenCandidate(lines, i, marker) : new Candidate(i, skeleton));
                if (!marker.IsSpoken && marker.Level == 0 && UndatedSkeleton(marker, skeleton) is { } undated)
                {
                    candidates.Add(new Candidate(i, undated));
                }
                // "## Goblin (2016)", "## Mr. Queen", "## 100 Days My Prince": a Markdown heading also stands among the
                // sections of its level under the same heading, whichever way its words are shaped, and the better list wins.
                if (marker.Level > 0 && (!marker.IsNumbered || marker.Shape == "hnum") && ListMarker.Section(lines[i]) is { } section && IsHeadingShaped(section))
                {
                    candidates.Add(new Candidate(i, section with { Shape = $"{section.Shape}@{parents[i]}" }));
                }
                // "A sunset in Bangkok" between two paragraphs may be an essay's sub-heading like "Chicken and beer on the first
                // snow", though most of its words are capitalised: it stands in that group too, and the better list wins.
                if (IsSubheadingBetweenParagraphs(lines, i, marker) && (InSentenceCase(marker.Text) || IsShortPhrase(marker.Text)))
                {
                    candidates.Add(new Candidate(i, marker with { Shape = SentenceCaseShape }));
                }
            }
            else if (anchor is not null && !UnderSubheading(candidates, i))
            {
                candidates.Add(new Candidate(i, anchor.Marker, anchor.Rest));
            }
            else if (IsSubheadingBetweenParagraphs(lines, i, marker))
            {
                candidates.Add(new Candidate(i, marker with { Shape = SentenceCaseShape }));
            }
            else if (IsFullStopSubheading(lines, i, marker))
            {
                candidates.Add(new Candidate(i, marker with { Shape = FullStopSubheadingShape }));
            }
            else if (IsQuotationHeading(lines, i, marker))
            {
                candidates.Add(new Candidate(i, marker with { Shape = QuotationShape }));
            }
            if (IntroducedKnownTitle(lines, i) is { } introduced)
            {
                candidates.Add(new Candidate(i, new ListMarker(IntroducingShape, null, introduced), lines[i]));
            }
        }
        return candidates;
    }

    // For each Markdown heading, the line of the nearest heading above it of a higher level ("## Scenes" over "### Goblin"),
    // or -1 for none; one pass, keeping the last heading of each level.
    private static int[] ParentSections(List<string> lines)
    {
        var parents = new int[lines.Count];
        var lastOfLevel = Enumerable.Repeat(-1, 7).ToArray();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith('#') && ListMarker.Section(lines[i]) is { } heading)
            {
                parents[i] = lastOfLevel[..heading.Level].Max();
                lastOfLevel[heading.Level] = i;
            }
        }
        return parents;
    }

    // "The almost-goodbye in 'Vincenzo'" right over its paragraph: a moment in the writer's words, the title in single quotes
    // as the house style sets it, heads its text however few of its words are capitalised. A related story's headline
    // ("Why 'Some Title' still tops the list …") stands over other headlines, not over a paragraph longer than any headline.
    private static bool IsMomentOverItsText(List<string> lines, int index, ListMarker marker) =>
        !marker.IsNumbered && marker.Shape == "plain" && WordCount(marker.Text) <= MaxMomentHeadingWords && !TextShape.ReadsAsSentence(marker.Text)
        && SingleQuotedTitle(marker.Text) && index + 1 < lines.Count && TextShape.IsProse(lines[index + 1]) && WordCount(lines[index + 1]) > MaxMomentHeadingWords;

    private const int MaxMomentHeadingWords = 18;

    // An essay with no headings, whose paragraphs each bring in the drama they go on about ("The first one we watched
    // properly was Crash Landing on You, which …", "By the time we got to Start-Up, …"): a paragraph whose first sentence
    // names one drama the shelf knows stands for an item led by it. Such paragraphs are a list of their own, weighed as
    // anchors are, so a list with headings above those paragraphs is read first (see WithoutAnchorsUnderHeadings).
    // A news site's paragraphs are often one sentence each ("First up, loads of fans couldn't stop talking about Crash
    // Landing on You."): such a sentence, alone in its paragraph and over the longer paragraph it goes on in, brings its
    // drama in as a longer paragraph's first does. A remark of one sentence in a mail ("Also strong no from me on Boys Over
    // Flowers." over the next mail's "Ooh love this.") brings in nothing.
    private const string IntroducingShape = "plain-introducing-anchor";
    private const int MinIntroducingParagraphWords = 30;
    private const int MinIntroducingSentenceWords = 8;

    private static string? IntroducedKnownTitle(List<string> lines, int index)
    {
        var line = lines[index];
        if (IsMark(line) || !TextShape.IsProse(line))
        {
            return null;
        }
        var first = FirstSentence().Match(line).Value;
        var named = KnownDramas.NamedIn(first).ToList();
        if (named.Count == 0 || named.Any(n => n.Drama != named[0].Drama))
        {
            return null;
        }
        return WordCount(line) >= MinIntroducingParagraphWords || IsOneSentenceOverItsText(lines, index, first, named[0].Drama) ? named[0].Text : null;
    }

    // The sentence closes its paragraph, and the longer paragraph under it goes on about its drama, bringing in no other.
    private static bool IsOneSentenceOverItsText(List<string> lines, int index, string first, KnownDrama drama) =>
        WordCount(lines[index]) >= MinIntroducingSentenceWords && first.Trim().Length == lines[index].Trim().Length && ClosesASentence(lines[index])
        && index + 1 < lines.Count && TextShape.IsProse(lines[index + 1]) && WordCount(lines[index + 1]) > WordCount(lines[index])
        && KnownDramas.NamedIn(FirstSentence().Match(lines[index + 1]).Value).All(n => n.Drama == drama);

    // "… talking about Crash Landing on You." closes a sentence; a headline ("… Tops Poll of Most Romantic Drama Moments") does not.
    private static bool ClosesASentence(string line) => line.TrimEnd().TrimEnd('"', '”', '’', '\'', ')') is [.., '.' or '!' or '?'];

    // "me first obviously" over "CLOY ep16. Switzerland. …": a message that opens with a few words of chatter names its
    // moment on the line under them.
    private const int ChatterWords = 6;

    private static int MessageOpening(List<string> lines, int index) =>
        WordCount(lines[index]) <= ChatterWords && ChatMessages.DramasNamedIn(lines[index]).Count == 0
            && index + 1 < lines.Count && !IsMark(lines[index + 1]) && ChatMessages.DramasNamedIn(lines[index + 1]).Count > 0
            ? index + 1
            : index;

    // "1️⃣ Some Title (2017)", "fine my turn. 6️⃣ Some Title (2020). She …", "🎬 DAY 3 · Some Title (2014)": a chat in which
    // someone posts a numbered list, one message an entry, or a channel that numbers its posts. A numbered message is also a
    // candidate of its marker's shape, so a run of them is a list like any other (the messages between belong to the entry
    // above them); a keycap number may follow a few words of chatter. Its heading is the first sentence after the number.
    private const int TitleWordsBeforeYear = 12;

    // Numbered messages are the list someone posted into the chat: their run outweighs the chat's other messages.
    private const double NumberedMessagesWeight = 2.0;

    // Ranks said aloud ("number five.", "and at number one,") are the list a transcript counts through: every line of a transcript
    // carries a time code, so their run outweighs the time-coded lines around them.
    private const double SpokenRanksWeight = 2.0;

    private static Candidate? NumberedMessage(List<string> lines, int index)
    {
        var line = lines[index];
        var marker = ListMarker.Read(line);
        if (!marker.IsNumbered && line.IndexOf('\u20E3', StringComparison.Ordinal) is > 1 and var keycap)
        {
            var start = line[keycap - 1] == '\uFE0F' ? keycap - 2 : keycap - 1;
            marker = start > 0 && WordCount(line[..start]) <= ChatterWords ? ListMarker.Read(line[start..]) : marker;
        }
        if (!marker.IsNumbered || marker.IsCounter || marker.Text.Length == 0)
        {
            return null;
        }
        // "Dr. Romantic (2016). A genius surgeon …": a title set off with its year ends where its parenthesis closes.
        var close = marker.Text.IndexOf(')', StringComparison.Ordinal);
        var heading = close > 0 && WordCount(marker.Text[..close]) <= TitleWordsBeforeYear
            ? marker.Text[..(close + 1)]
            : Sentences(marker.Text).FirstOrDefault((0, marker.Text)).Item2;
        var rest = marker.Text[(marker.Text.IndexOf(heading, StringComparison.Ordinal) + heading.Length)..].TrimStart('.', ' ').Trim();
        return new Candidate(index, marker with { Text = heading }, rest.Length > 0 ? rest : null) { InMessage = true };
    }

    // "draft list:" over "1. Some Title (2019) – …", "2. …": a numbered list one message holds over several lines is the list
    // someone posted into the chat, as numbered messages are.
    private static List<Candidate> WithinMessages(List<Candidate> candidates, List<string> lines)
    {
        var inMessage = new bool[lines.Count];
        for (var i = 1; i < lines.Count; i++)
        {
            inMessage[i] = lines[i] != FooterMark && (lines[i - 1] == CommentMark || inMessage[i - 1] && lines[i] != CommentMark);
        }
        return candidates.Select(c => c.Marker.IsNumbered && !c.InMessage && inMessage[c.Index] ? c with { InMessage = true } : c).ToList();
    }

    // "Doctors (2016). Hong Ji-hong (Kim Rae-won) used to …": the message's opening sentence is its heading, or the first
    // sentence of its opening line that names a drama ("lol that's me. Our Beloved Summer (2021). …"). The message's next line
    // is kept with it, as evidence of what the message is about.
    private const int MaxOpeningSentences = 3;

    private static Candidate MessageCandidate(List<string> lines, int index)
    {
        var line = lines[index];
        var sentences = Sentences(line).Take(MaxOpeningSentences).ToList();
        var (start, opening) = sentences.FirstOrDefault(s => ChatMessages.DramasNamedIn(s.Text).Count > 0, sentences.FirstOrDefault());
        (start, opening) = KnownTitleAmong(opening) is { } known ? (start + known.At, known.Heading)
            : ChatMessages.DatedTitleIn(opening) is { } dated ? (start + dated.At, dated.Written)
            : (start, opening);
        var rest = WordsAround(line, start, opening);
        var next = index + 1 < lines.Count && !IsMark(lines[index + 1]) ? lines[index + 1] : string.Empty;
        return new Candidate(index, new ListMarker(CommentShape, null, opening.Length > 0 ? opening : line), rest.Length > 0 ? rest : null)
        {
            Message = line + "\n" + next,
        };
    }

    private static IEnumerable<(int Start, string Text)> Sentences(string line)
    {
        for (var start = 0; start < line.Length;)
        {
            var sentence = FirstSentence().Match(line[start..]).Value;
            if (sentence.Trim().Length == 0)
            {
                yield break;
            }
            var lead = sentence.Length - sentence.TrimStart().Length;
            yield return (start + lead, sentence.Trim());
            start += sentence.Length;
        }
    }

    // In a thread, the messages that name a drama open moments; a message naming none, or the drama of the moment above it
    // ("also her wardrobe in that show", a second message about the same scene), is that moment's, and so is a recap that
    // only names dramas already brought up ("so the final three: A, B and C"). A thread whose messages name too few dramas to
    // make a list keeps every message as an item.
    private static List<Candidate> MessagesOpeningMoments(List<Candidate> messages)
    {
        var kept = new List<Candidate>();
        var current = new HashSet<string>();
        var introduced = new HashSet<string>();
        foreach (var message in messages)
        {
            var named = (message.Message ?? message.Marker.Text).Split('\n').SelectMany(ChatMessages.DramasNamedIn).Select(Names.Normalize).ToHashSet();
            if (named.Count == 0 || named.Overlaps(current) || named.IsSubsetOf(introduced))
            {
                continue;
            }
            kept.Add(message);
            current = named;
            introduced.UnionWith(named);
        }
        return kept.Count >= MinimumItems ? kept : messages;
    }

    // A card: a short line over a drama line ("The butterfly hug" over "Drama: Some Title (2020)", a quotation over
    // "Show: Some Title (tvN, 2021)", a scene's name over "Some Title · Episode 4", under a "Where to watch:" line or not),
    // then the item's text. The drama line says what the item is about, so the line over it is the item's heading whatever
    // its words: a scene's name in sentence case, a line of dialogue, a title (a line ending in a period is a sign-off).
    // Such headings form a group of their own, marked as a number marks a list.
    private const string CardShape = "card";
    private const int CardHeadingWords = 18;
    private const int FactLinesBeforeLabel = 3;

    private static bool IsCardHeading(List<string> lines, int index, ListMarker marker)
    {
        var text = marker.Text;
        return !marker.IsNumbered && marker.Shape.EndsWith("plain", StringComparison.Ordinal) && text.Length >= 2
            && (char.IsLetterOrDigit(text[0]) || TextShape.IsQuoteMark(text[0])) && !text.EndsWith(':') && WordCount(text) <= CardHeadingWords
            && !text.EndsWith('.') && !IsProseLine(marker) && !FactLines.IsFactLine(text) && !FactLines.IsKeyValue(text)
            && (FactLines.DramaLine(text) is null && OverDramaLine(lines, index) is { } labelled && (labelled || !IsHeadingShaped(Skeleton(marker)))
                || OverInfoRow(lines, index) && !SingleQuotedTitle(text))
            && FollowedByBody(lines, index);
    }

    // A line of twelve words or more is prose by its length alone, unless its writer marked it a heading (Markdown's
    // hashes): then only a sentence's shape makes it prose ("### Some Title: the 'I don't care what you are' hug").
    private static bool IsProseLine(ListMarker marker) =>
        marker.Level > 0 ? TextShape.ReadsAsSentence(marker.Text) : TextShape.IsProse(marker.Text);

    // "Crash Landing on You" over "2019 · 16+ · 1 Season · Romance": a listing's info row right under a title dates it as a
    // labelled drama line would, and the title is the card's drama. Under a scene's name ("The Revolving Door" over
    // "EXTRAORDINARY ATTORNEY WOO" over its info row) the title is the card's title line and the scene's name its heading.
    // A heading that quotes its title ("'Some Title' is the ultimate noona romance" over "Actor and Actor | JTBC") is no
    // card's: it stays with the headings that quote theirs (see IsCardHeading).
    private static bool OverInfoRow(List<string> lines, int index) =>
        index + 1 < lines.Count && FactLines.IsMetadataRow(lines[index + 1]) && !(index > 0 && IsSceneNameOverTitle(lines[index - 1]));

    private static bool IsSceneNameOverTitle(string line)
    {
        var marker = ListMarker.Read(line);
        return !IsMark(line) && marker.Shape == "plain" && WordCount(marker.Text) <= CardHeadingWords && !marker.Text.EndsWith('.') && !TextShape.IsProse(line)
            && !FactLines.IsFactLine(line) && !FactLines.IsKeyValue(line) && IsHeadingShaped(Skeleton(marker));
    }

    // The card's lines start right under the heading; one of the first few names the drama, by its label or as a title the
    // shelf knows standing alone ("Some Title · Episode 4"): true for a label, false for a title alone, null for neither.
    // The shelf knows only some titles, so a line that is a heading by its own shape stays in its shape's group when only a
    // title stands under it: cards found by the shelf alone would be a list missing the dramas it does not know.
    private static bool? OverDramaLine(List<string> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + FactLinesBeforeLabel; j++)
        {
            if (FactLines.DramaLine(lines[j]) is not null)
            {
                return FactLines.LabelledDrama(lines[j]) is not null;
            }
            if (!FactLines.IsFactLine(lines[j]))
            {
                return null;
            }
        }
        return null;
    }

    // An essay's sub-headings in sentence case ("Sleeping in the bathtub") look like no title; what makes them headings is
    // where they stand: a short line, not a sentence, alone between two paragraphs. They form a group of their own, and so do
    // the shortest among them ("Translation", "Worship me", "Wait for me") whatever their case.
    private const string SentenceCaseShape = "plain-between";
    private const int SubheadingWords = 14;

    private static bool IsSubheadingBetweenParagraphs(List<string> lines, int index, ListMarker marker)
    {
        var text = marker.Text;
        var words = WordCount(text);
        return !marker.IsNumbered && marker.Shape == "plain" && words is >= 1 and <= SubheadingWords && char.IsUpper(text[0]) && EndsInAWord(text)
            && !TextShape.ReadsAsSentence(text) && !FactLines.IsKeyValue(text) && BetweenParagraphs(lines, index);
    }

    // "… the workshop", "Every time he calls her 'Naksu'": a word, or a word its quotation marks close.
    private static bool EndsInAWord(string text) =>
        char.IsLetterOrDigit(text[^1]) || (text.Length > 2 && TextShape.IsQuoteMark(text[^1]) && char.IsLetterOrDigit(text[^2]));

    private static bool BetweenParagraphs(List<string> lines, int index) =>
        index > 0 && (TextShape.IsProse(lines[index - 1]) || IsShortSentence(lines[index - 1])) && index + 1 < lines.Count && TextShape.IsProse(lines[index + 1]);

    // "These are the six moments that came up again and again.": a paragraph of one short sentence, closed by its stop,
    // whose longer words after the first are lowercase, as a title's are not.
    private static bool IsShortSentence(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var longer = words.Skip(1).Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        return words.Length >= 5 && line[^1] is '.' or '!' or '?' && longer.Count >= 2 && longer.Count(w => char.IsLower(w[0])) * 4 >= longer.Count * 3;
    }

    // "The rainbow tunnel." between two paragraphs: a sub-heading closed by a full stop, as some magazines write theirs. One
    // short sentence and nothing else on its line, between paragraphs; a group of them heads an essay's sections and weighs
    // as little as sentence-case sub-headings do.
    private const string FullStopSubheadingShape = "plain-full-stop";
    private const int FullStopSubheadingWords = 12;

    private static bool IsFullStopSubheading(List<string> lines, int index, ListMarker marker)
    {
        var text = marker.Text;
        return !marker.IsNumbered && marker.Shape == "plain" && text.Length > 3 && text[^1] == '.' && char.IsUpper(text[0])
            && text.AsSpan(0, text.Length - 1).IndexOfAny(".!?:;") < 0 && WordCount(text) <= FullStopSubheadingWords
            && BetweenParagraphs(lines, index);
    }

    // "Chicken and beer on the first snow" over "Long before Crash Landing on You, there was …": a paragraph right under a
    // sub-heading is that heading's text, whatever it opens with, so it anchors no item of its own.
    private static bool UnderSubheading(List<Candidate> candidates, int index) =>
        candidates.Count > 0 && candidates[^1].Index == index - 1 && candidates[^1].Marker.Shape is SentenceCaseShape or QuotationShape;

    // A line that is only a quotation ("“Worship me.”") is a pull quote or a reader's comment, unless the article heads every
    // section with one: a short quotation alone on its line, over a paragraph, not stacked with other quotations. A group of
    // them is a list only when no better-marked one is found (they score as plain lines).
    private const string QuotationShape = "plain-quotation";
    private const int QuotationHeadingWords = 16;

    private static bool IsQuotationHeading(List<string> lines, int index, ListMarker marker) =>
        !marker.IsNumbered && marker.Shape == "plain" && IsQuotationLine(marker.Text) && WordCount(marker.Text) <= QuotationHeadingWords
        && index + 1 < lines.Count && TextShape.IsProse(lines[index + 1]) && !IsQuotationLine(lines[index + 1])
        && (index == 0 || !IsQuotationLine(lines[index - 1]));

    // "“Worship me.”" over "My Liberation Notes (2022)" over its paragraph: an article that heads each item with the line it
    // quotes sets the drama on the line under it. When every title alone on its line over a paragraph (dated, or one the
    // shelf knows) stands under a quotation, three at least, the quotations head the items and the titles open their cards.
    // A pull quote closing a paragraph stands over the next title too, but not over the first.
    private const string QuotationOverTitleShape = "plain-quotation-over-title";
    private const int QuotationOverTitleWords = 40;

    private static HashSet<int> QuotationsOverTitles(List<string> lines, int start)
    {
        var titles = Enumerable.Range(start, Math.Max(0, lines.Count - start)).Where(j => IsTitleOverText(lines, j)).ToList();
        var quotations = titles.Where(j => j > start && IsQuotationLine(lines[j - 1]) && WordCount(lines[j - 1]) <= QuotationOverTitleWords).Select(j => j - 1).ToHashSet();
        return quotations.Count >= MinimumItems && quotations.Count == titles.Count ? quotations : [];
    }

    // "Coffee Prince (2007)", "Business Proposal (2022), Episode 1", "Reply 1988": a title alone on its line, over its text.
    private static bool IsTitleOverText(List<string> lines, int index)
    {
        var line = lines[index];
        return !IsMark(line) && !TextShape.IsProse(line) && !TextShape.IsQuoteMark(line.FirstOrDefault(' ')) && WordCount(line) <= ShortLineWords
            && (FactLines.DramaLine(line) is not null || DatedTitle().IsMatch(line)) && FollowedByBody(lines, index);
    }

    // A line that is only a quotation: "“Worship me.”", "\"I'm going to keep you, Deok-sun.\"".
    private static bool IsQuotationLine(string line) =>
        line.Length > 2 && TextShape.IsQuoteMark(line[0]) && TextShape.WithoutQuotesAndParentheses(line).Count(char.IsLetter) < 3;

    // A slideshow heads each slide with a sentence that opens with the drama in quotes ("“Signal” is a crime thriller in
    // which …"), over the slide's card (a network credit, "Starring: …", "Premiered: 2016") and then its paragraph. Such a
    // sentence is no paragraph of the article: it stands alone over short lines, and the title it opens with is set off.
    private const string QuotedLeadShape = "plain-quoted-lead";
    private const int QuotedLeadWords = 40;
    private const int QuotedTitleLength = 60;

    private static bool IsQuotedTitleLead(List<string> lines, int index, ListMarker marker)
    {
        var text = marker.Text;
        if (marker.IsNumbered || marker.Shape != "plain" || text.Length < 4 || !TextShape.IsQuoteMark(text[0]) || WordCount(text) > QuotedLeadWords
            || index + 1 >= lines.Count || IsMark(lines[index + 1]) || TextShape.IsProse(lines[index + 1]) || WordCount(lines[index + 1]) > ShortLineWords)
        {
            return false;
        }
        var close = text.IndexOf(text[0] switch { '“' => '”', '‘' => '’', var same => same }, 1);
        return close is > 1 and <= QuotedTitleLength && char.IsUpper(text[1]) && close + 2 < text.Length && text[close + 1] == ' ' && char.IsLower(text[close + 2])
            && FollowedByBody(lines, index);
    }

    // A word after the first, long enough to be no "in" or "the", written in lowercase: "A sunset in Bangkok", not "Crash Landing on You".
    private static bool InSentenceCase(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(w => w.Length > 3 && char.IsLower(w[0]));

    // "Translation", "Worship me", "Wait for me": one word, or a few with a lowercase word after the first.
    private const int ShortPhraseWords = 3;

    private static bool IsShortPhrase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 || words.Length <= ShortPhraseWords && words.Skip(1).Any(w => char.IsLower(w[0]));
    }

    // A paragraph of its own follows before the next ranked line.
    private static bool HasTextBelow(List<string> lines, int index) =>
        FollowedByBody(lines, index) && lines.Skip(index + 1).Take(ShortLinesBeforeBody).FirstOrDefault(l => TextShape.IsProse(l) || ListMarker.Read(l).IsNumbered) is { } next
        && !ListMarker.Read(next).IsNumbered;

    // A video's chapter list or a packed card puts a whole item on one line ("2:15 #6 Drama (2020) | A & B | Actor, Actor"):
    // a numbered line holding several parts, next to another numbered line of the same shape, is an item without a paragraph.
    // "number four. Some Title. this one's old but stay with me", "and number one, you already know. Some Title": a speaker names
    // the title among other words. The sentence that reads as a title (capitalised words) is the heading, the rest the item's text.
    private static Candidate SpokenCandidate(List<string> lines, int index, ListMarker marker)
    {
        if (marker.Text.Length == 0 || marker.Seconds is not null && !SpokenSentenceBreak().IsMatch(marker.Text))
        {
            return CaptionedRank(lines, index, marker);
        }
        var sentences = SpokenSentenceBreak().Split(marker.Text).Where(p => p.Length > 0).ToList();
        var title = sentences.FirstOrDefault(p => char.IsUpper(p[0]) && TextShape.CapitalisedShare(p) >= 0.6);
        if (title is null || sentences.Count == 1)
        {
            return new Candidate(index, marker);
        }
        var rest = string.Join(' ', sentences.Where(p => !ReferenceEquals(p, title)));
        return new Candidate(index, marker with { Text = title.TrimEnd('.', '!', '?') }, rest);
    }

    private static bool IsOneLineItem(List<string> lines, int index, ListMarker marker)
    {
        if (!marker.IsNumbered || !(marker.Shape.StartsWith('t') || marker.Text.Contains(" | ", StringComparison.Ordinal)))
        {
            return false;
        }
        bool Neighbour(int j) => j >= 0 && j < lines.Count && ListMarker.Read(lines[j]) is { IsNumbered: true } other
            && other.Shape == marker.Shape && Math.Abs(other.Number!.Value - marker.Number!.Value) == 1;
        return Neighbour(index - 1) || Neighbour(index + 1);
    }

    // Unmarked headings that open with dialogue or close with a parenthesis are told apart from other short lines.
    private static ListMarker Skeleton(ListMarker marker)
    {
        if (marker.IsNumbered || !marker.Shape.EndsWith("plain", StringComparison.Ordinal))
        {
            return marker;
        }
        var text = marker.Text;
        // "'Encounter' (2018)", "'Something in the Rain' is the ultimate noona romance", "Kim Hee-ae and Yoo Ah-in in 'Secret
        // Affair'": headings that set a title in single quotes, as some outlets' house style does, are one list however the
        // words around the title go.
        if (SingleQuotedTitle(text))
        {
            return marker with { Shape = marker.Shape + SingleQuotedTitleMark };
        }
        var shape = marker.Shape + (TextShape.IsQuoteMark(text[0]) ? "Q" : string.Empty) + (ClosingParenthesisSaysWhat(text) ? "P" : string.Empty)
            + (text.Contains(" – ", StringComparison.Ordinal) || text.Contains(" — ", StringComparison.Ordinal) || text.Contains(" - ", StringComparison.Ordinal) ? "D" : string.Empty)
            + (text.Contains(" | ", StringComparison.Ordinal) ? "B" : string.Empty);
        return marker with { Shape = shape };
    }

    // A capitalised run of a title's length in single quotes (an apostrophe inside a word neither opens nor closes them),
    // not a line of dialogue: no sentence's end inside.
    private const int MaxQuotedTitleWords = 8;
    private const string SingleQuotedTitleMark = "T";

    private static bool SingleQuotedTitle(string text)
    {
        var quotes = SingleQuoted().Matches(text);
        // "From 'Some Title' to 'Another Title': how …" is about several dramas, a related story's headline, no item's.
        if (quotes.Count != 1)
        {
            return false;
        }
        var title = quotes[0].Groups["t"].Value;
        // "in 'Some Title.' Photo: tvN": a full stop inside the quotes closes a caption's sentence.
        if (title.EndsWith('.'))
        {
            return false;
        }
        if (KnownDramas.Knows(title))
        {
            return true; // "'Nevertheless,'" keeps the comma its title has
        }
        // A line that is only a quotation in title case may be a short line of dialogue ('Worship me'): it quotes a title
        // when the heading goes on around it ("'Some Title' (2018)", "A and B in 'Some Title'").
        return WordCount(title) <= MaxQuotedTitleWords && !title.Any(c => c is '!' or '?' or ',') && InTitleCase(title)
            && text.Remove(quotes[0].Index, quotes[0].Length).Any(char.IsLetterOrDigit);
    }

    // "Tale of the Nine-Tailed", "Hotel del Luna": every word longer than a title's small words opens with a capital.
    private static bool InTitleCase(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Length <= 3 || !char.IsLower(w[0]));

    [GeneratedRegex(@"(?<![\p{L}\d])['‘](?<t>\p{Lu}(?:[^‘’'\n]|(?<=\p{L})['’](?=\p{L})){0,80})['’](?![\p{L}\d])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SingleQuoted();

    // "Some Title (2016)", "Couple (Actor, Actor)", "(tvN, 2020)": a parenthesis closing a heading gives its year, network or
    // cast, and a single word says what a form's field is ("Email (required)"); a phrase of lowercase words alone ("… (yes,
    // really)") is the writer's aside and leaves the heading the shape of its neighbours.
    // "THE RED SLEEVE (2021)" among "HOSPITAL PLAYLIST" and "REPLY 1994": a list may date some of its titles and not others,
    // so a heading closed by its year also stands among the headings shaped as it is without it, and the better list wins.
    // (A Markdown heading stands among its level's sections already, dated or not, and only under its own parent.)
    private static ListMarker? UndatedSkeleton(ListMarker marker, ListMarker skeleton)
    {
        var undated = ClosingYear().Replace(marker.Text, string.Empty);
        if (undated.Length == marker.Text.Length || undated.Length == 0)
        {
            return null;
        }
        var shape = Skeleton(marker with { Text = undated }).Shape;
        return shape == skeleton.Shape ? null : marker with { Shape = shape };
    }

    private static bool ClosingParenthesisSaysWhat(string text)
    {
        if (!text.EndsWith(')') || text.LastIndexOf('(') is not (>= 0 and var open))
        {
            return false;
        }
        var inside = text[(open + 1)..^1];
        return inside.Any(c => char.IsUpper(c) || char.IsDigit(c)) || WordCount(inside) < 2;
    }

    private static bool IsHeadingShaped(ListMarker marker)
    {
        if (marker.IsCounter)
        {
            return true;
        }
        var text = marker.Text;
        var words = WordCount(text);
        // "number four. Some Title. this one's old but stay with me": a speaker names the title in passing, so the words after a
        // spoken rank may be a sentence.
        if (marker.IsSpoken)
        {
            // "0:38 and finally number one": a caption may say the rank alone.
            return text.Length is >= 2 and <= 220 && words <= 30 || text.Length == 0 && marker.Seconds is not null;
        }
        if (text.Length is < 2 or > 220 || words > 30 || !char.IsLetterOrDigit(text[0]) && !TextShape.IsQuoteMark(text[0]) && text[0] is not '(' and not '<' and not '《' and not '〈' and not '『')
        {
            return false;
        }
        // A line closed by a comma goes on below it, unless it is a title the shelf knows so ("Nevertheless,").
        if (TextShape.ReadsAsSentence(text) || text.EndsWith(':') || text.EndsWith(',') && !KnownDramas.Knows(text))
        {
            return false;
        }
        if (marker.IsNumbered)
        {
            return true;
        }
        if (marker.Shape.Contains("emoji", StringComparison.Ordinal))
        {
            return !IsCardField(text);
        }
        if (text.EndsWith('?') && !TextShape.IsQuoteMark(text[0]))
        {
            return false; // an unmarked question is the author talking to the reader
        }
        // "“It sounds odd in English,” Dr Kim said. “In Korean …”": a quotation given to its speaker is a sentence of the report.
        if (TextShape.IsQuoteMark(text[0]) && DialogueReader.IsReportedSpeech(text))
        {
            return false;
        }
        // An unmarked line must look like a title: short, mostly capitalised words, or opening with a quote.
        // A line that is only a quotation is a pull quote or a reader's comment, not a heading.
        var outsideQuotes = TextShape.WithoutQuotesAndParentheses(text);
        if (TextShape.IsQuoteMark(text[0]) && !text.EndsWith(')') && outsideQuotes.Count(char.IsLetter) < 3)
        {
            return false;
        }
        return words <= 18 && !FactLines.IsKeyValue(text) && (TextShape.IsQuoteMark(text[0]) || TextShape.CapitalisedShare(text) >= 0.6 || LeadsWithCapitals(text)
            || words <= CoupleHeadingWords && HeadingReader.LooksLikePeople(text) || ThemeOverDatedTitle(text)
            || TitleOverItsMoment(text, marker.Level > 0));
    }

    // "## Healer — the night courier and the reporter", "Goblin: the first snow": a title, then the moment in the author's
    // lowercase words. The title is capitalised; where the writer did not mark the line a heading (Markdown's hashes), the
    // shelf must know it, as a sentence may open the same way ("Honestly — the best of the year").
    private const int MomentWords = 12;

    private static bool TitleOverItsMoment(string text, bool markedHeading)
    {
        var lead = CapitalLead().Match(text).Groups["lead"];
        if (!lead.Success)
        {
            return false;
        }
        var title = lead.Value.Trim();
        var moment = text[(lead.Index + lead.Length)..].TrimStart(':', '|', '-', '–', '—', ' ');
        return moment.Length > 0 && char.IsLower(moment[0]) && WordCount(moment) <= MomentWords && WordCount(title) <= 8
            && (char.IsUpper(title[0]) || char.IsDigit(title[0])) && (title.Length == 1 || TextShape.CapitalisedShare(title) >= 0.6)
            && (markedHeading || KnownDramas.Knows(title));
    }

    // "For the small-town dreamer: Some Title (2019)": a theme or a mood in the author's words, then the drama with its year.
    // The theme may be in sentence case; the title after the colon, capitalised and dated, is what makes the line a heading.
    private const int ThemeWords = 12;

    private static bool ThemeOverDatedTitle(string text)
    {
        var match = ThemeAndDatedTitle().Match(text);
        if (!match.Success || WordCount(match.Groups["theme"].Value) > ThemeWords)
        {
            return false;
        }
        var title = match.Groups["title"].Value.Trim();
        return title.Length >= 1 && (char.IsUpper(title[0]) || char.IsDigit(title[0]) || TextShape.IsQuoteMark(title[0])) && TextShape.CapitalisedShare(title) >= 0.6;
    }

    // "Starring: Gong Yoo, Kim Go-eun" over "The song: “Stay With Me” – Chanyeol & Punch": under a card's fact line, a line
    // labelled by a word or three in sentence case is another of the card's fields, whatever its label names.
    private static bool IsFieldUnderFacts(List<string> lines, int index) =>
        index > 0 && (FactLines.IsFactLine(lines[index - 1]) || FactLines.IsKeyValue(lines[index - 1])) && SentenceCaseLabel().IsMatch(lines[index]);

    // "💭 vibe: cosy, slow", "📍 where: netflix", "✨ couple: A (B) x C (D)": under an emoji heading, a card's fields wear
    // emoji too; a label and its value is a field of the item above, not a heading.
    private static bool IsCardField(string text) => FactLines.IsKeyValue(text) || LowercaseLabel().IsMatch(text);

    // "Eun-chan and Han-kyul": a couple's given names are a heading, though their second syllables are in lowercase.
    private const int CoupleHeadingWords = 8;

    // "HEALER: the rooftop kiss", "SECRET GARDEN — the foam kiss": a title set in capitals, then the author's words.
    private static bool LeadsWithCapitals(string text)
    {
        var lead = CapitalLead().Match(text).Groups["lead"];
        return lead.Success && lead.Value.Count(char.IsLetter) >= 4 && !lead.Value.Any(char.IsLower) && WordCount(lead.Value) <= 8;
    }

    // A heading is followed by body text: a paragraph after at most a card's worth of short lines — fact lines,
    // captions, a metadata row, a rating, buttons ("Rate", "Mark as watched") — but not after another numbered heading.
    private const int ShortLinesBeforeBody = 8;
    private const int ShortLineWords = 12;

    // "## Some Title (2019)" over "- Who: …" and "- The moment: …": a Markdown section whose lines, short as they are, say
    // something before the next heading.
    private const int MinimumSectionWords = 8;

    private static bool IsSectionWithContent(List<string> lines, int index)
    {
        if (ListMarker.Section(lines[index]) is null)
        {
            return false;
        }
        var words = 0;
        for (var j = index + 1; j < lines.Count && words < MinimumSectionWords && lines[j] != FooterMark && !(lines[j].StartsWith('#') && ListMarker.Section(lines[j]) is not null); j++)
        {
            words += WordCount(lines[j]);
        }
        return words >= MinimumSectionWords;
    }

    private static bool FollowedByBody(List<string> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + ShortLinesBeforeBody && lines[j] != FooterMark; j++)
        {
            if (TextShape.IsProse(lines[j]))
            {
                return true;
            }
            if (!FactLines.IsFactLine(lines[j]) && WordCount(lines[j]) > ShortLineWords || j > index + 1 && ListMarker.Read(lines[j]).IsNumbered)
            {
                return false;
            }
        }
        return false;
    }

    // Tables (TableRows): a pipe table whose header names a drama column is a list of its own, one item a row, read from its
    // cells. A table that names the same moments as another list's headings is that list's summary (a database view over
    // the page's sections): the sections are the list, and each row's cells join the item they name.
    private const string TableShape = "table";
    private const double TableRowWeight = 1.4;

    private static List<Candidate> OutsideTables(List<Candidate> candidates, List<List<TableRows.Row>> tables) =>
        tables.Count == 0 ? candidates : candidates.Where(c => !tables.Any(t => c.Index >= t[0].TableStart && c.Index <= t[^1].Index)).ToList();

    private static Group TableGroup(List<TableRows.Row> rows)
    {
        var items = rows.Select(r => new Candidate(r.Index, new ListMarker(TableShape, null, r.Heading), Row: r)).ToList();
        return new Group(TableShape, items, items.Count, items.Count * TableRowWeight * DistinctShare(items));
    }

    private static bool Summarises(List<TableRows.Row> rows, List<Group> groups)
    {
        var byHeading = RowsByHeading(rows);
        return groups.Any(g => g.Items.Count >= MinimumItems && g.Items.Count(c => byHeading.ContainsKey(LettersOf(c.Marker.Text))) * 2 >= rows.Count);
    }

    // Rows by their heading's letters, so matching a list's headings to a table's rows is one look-up each.
    private static Dictionary<string, TableRows.Row> RowsByHeading(List<TableRows.Row> rows) =>
        rows.Where(r => LettersOf(r.Heading).Length > 0).DistinctBy(r => LettersOf(r.Heading)).ToDictionary(r => LettersOf(r.Heading));

    private static Group WithSummaryRows(Group list, List<List<TableRows.Row>> summaries)
    {
        if (summaries.Count == 0)
        {
            return list;
        }
        var tables = summaries.Select(RowsByHeading).ToList();
        return list with
        {
            Items = list.Items.Select(c => tables.Select(t => t.GetValueOrDefault(LettersOf(c.Marker.Text))).OfType<TableRows.Row>().FirstOrDefault() is { } row ? c with { Summary = row.Lines } : c).ToList(),
        };
    }

    // A summary table's lines are no item's text; one after the last item closes the list as a footer does.
    private static void SetAsideSummaries(List<string> lines, List<List<TableRows.Row>> summaries)
    {
        foreach (var rows in summaries)
        {
            for (var i = rows[0].TableStart; i <= rows[^1].Index; i++)
            {
                lines[i] = FooterMark;
            }
        }
    }

    private static string LettersOf(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    // Step 4: candidates grouped by marker shape; a numbered group keeps its longest run counting up or down by one.
    private static List<Group> GroupByShape(List<Candidate> candidates, List<string> lines)
    {
        var groups = new List<Group>();
        // "## Spring picks" over "### Goblin": Markdown headings of two levels are two shapes, sections and the items they group.
        foreach (var byShape in candidates.GroupBy(c => (c.Marker.Shape, c.Marker.Level)))
        {
            var shape = byShape.Key.Shape;
            var members = byShape.ToList();
            if (members[0].Marker.IsNumbered)
            {
                var run = ExtendEnds(FillGaps(NearestFirstRank(LongestRun(members), members), lines), lines);
                var weight = run.All(c => c.InMessage) ? 3 * NumberedMessagesWeight : run.All(c => c.Marker.IsSpoken) ? 3 * SpokenRanksWeight : 3;
                groups.Add(new Group(shape, run, members.Count, Score(run, lines, weight)));
            }
            else
            {
                var separated = shape == CommentShape ? MessagesOpeningMoments(members) : SeparatedByBody(InTimeOrder(members), lines);
                var weight = shape is "plain" or SentenceCaseShape or FullStopSubheadingShape or QuotationShape || shape.EndsWith("-anchor", StringComparison.Ordinal) ? 1.0 : 2.0;
                groups.Add(new Group(shape, separated, members.Count, Score(separated, lines, weight) * DistinctShare(separated)));
            }
        }
        return groups;
    }

    // "THE ONE WITH THE SWORD" over "Goblin (2016), also known as …": when a list of headings, each its own, stands right above
    // most of the paragraphs that open with a title, those paragraphs are the headings' text, not items of their own. A
    // picture's credit ("tvN", "Photo: Netflix") may stand between a heading and its paragraph.
    private static List<Group> WithoutAnchorsUnderHeadings(List<Group> groups, List<string> lines)
    {
        // Headings that say the same thing each time ("Jan 5, 2025" under each forum post's user name) are posts' bylines.
        var headings = groups.Where(g => g.Items.Count >= MinimumItems && !g.Shape.EndsWith("-anchor", StringComparison.Ordinal) && DistinctShare(g.Items) >= 1)
            .Select(g => g.Items.Select(c => c.Index).ToHashSet()).ToList();
        return groups.Where(g => !g.Shape.EndsWith("-anchor", StringComparison.Ordinal)
            || !headings.Any(h => g.Items.Count(a => UnderOneOf(h, a.Index, lines)) * 2 > g.Items.Count)).ToList();
    }

    private const int CreditLinesUnderHeading = 2;

    private static bool UnderOneOf(HashSet<int> headings, int index, List<string> lines)
    {
        for (var j = index - 1; j >= 0 && j >= index - 1 - CreditLinesUnderHeading; j--)
        {
            if (headings.Contains(j))
            {
                return true;
            }
            if (IsMark(lines[j]) || TextShape.IsProse(lines[j]) || WordCount(lines[j]) > ShortLineWords)
            {
                return false;
            }
        }
        return false;
    }

    // Articles count up or down by one; the run rules out a title like "6 Most Romantic Scenes" or "4 MIN READ".
    private static List<Candidate> LongestRun(List<Candidate> members)
    {
        var best = new List<Candidate>();
        for (var start = 0; start < members.Count; start++)
        {
            foreach (var step in (int[])[1, -1])
            {
                var run = new List<Candidate> { members[start] };
                for (var j = start + 1; j < members.Count; j++)
                {
                    // One number may be missing: its heading did not look like one (filled in below).
                    var expected = run[^1].Marker.Number + step;
                    if (members[j].Marker.Number == expected || (members[j].Marker.Number == expected + step && !members.Any(m => m.Marker.Number == expected)))
                    {
                        run.Add(members[j]);
                    }
                }
                // A list posted into a chat twice (a draft, then the final one) is read as last posted: a later run as long wins.
                if (run.Count > best.Count || run.Count == best.Count && run.Count > 1 && run.All(c => c.InMessage) && best.All(c => c.InMessage))
                {
                    best = run;
                }
            }
        }
        return best;
    }

    // "10 Best K-Drama Confession Scenes, Ranked" over the intro and "10 Boys Over Flowers (2009)": a headline that counts
    // the list's items wears its first rank too. Of two lines with the run's first number, the one nearest the next rank
    // heads the first item.
    private static List<Candidate> NearestFirstRank(List<Candidate> run, List<Candidate> members)
    {
        if (run.Count < 2)
        {
            return run;
        }
        // A related story's headline counted like the list ("8 K-Dramas Like Some Title …") right over the next rank has no text of
        // its own: it heads nothing.
        var nearer = members.LastOrDefault(m => m.Marker.Number == run[0].Marker.Number && m.Index > run[0].Index && m.Index < run[1].Index - 1);
        return nearer is null ? run : [nearer, .. run.Skip(1)];
    }

    // A number the run skipped is looked for between its neighbours among lines with the same marker, whatever their shape.
    private static List<Candidate> FillGaps(List<Candidate> run, List<string> lines)
    {
        var filled = new List<Candidate>(run.Count);
        for (var k = 0; k < run.Count; k++)
        {
            if (k > 0 && Math.Abs(run[k].Marker.Number!.Value - run[k - 1].Marker.Number!.Value) == 2)
            {
                var missing = (run[k].Marker.Number!.Value + run[k - 1].Marker.Number!.Value) / 2;
                var found = Enumerable.Range(run[k - 1].Index + 1, run[k].Index - run[k - 1].Index - 1)
                    .Select(j => new Candidate(j, ListMarker.Read(lines[j])))
                    .FirstOrDefault(c => c.Marker.Shape == run[k].Marker.Shape && c.Marker.Number == missing && WordCount(c.Marker.Text) <= 30);
                if (found is not null)
                {
                    filled.Add(found);
                }
            }
            filled.Add(run[k]);
        }
        return filled;
    }

    // "1. When he said the saddest goodbye in television history." over "3. Hee-do and Yi-jin …": entries written as whole
    // sentences are no heading by their shape alone, but the number before the run's first (or after its last) on a line of
    // the same marker, over a paragraph, continues the count.
    private static List<Candidate> ExtendEnds(List<Candidate> run, List<string> lines)
    {
        if (run.Count < MinimumItems)
        {
            return run;
        }
        var step = Math.Sign(run[1].Marker.Number!.Value - run[0].Marker.Number!.Value);
        var extended = new List<Candidate>(run);
        while (Neighbour(extended[0], -step, Enumerable.Range(0, extended[0].Index).Reverse()) is { } before)
        {
            extended.Insert(0, before);
        }
        while (Neighbour(extended[^1], step, Enumerable.Range(extended[^1].Index + 1, lines.Count - extended[^1].Index - 1)) is { } after)
        {
            extended.Add(after);
        }
        return extended;

        // The nearest line carrying the number wanted, in the order given (backwards before the run, forwards after it).
        Candidate? Neighbour(Candidate end, int by, IEnumerable<int> nearestFirst)
        {
            var wanted = end.Marker.Number!.Value + by;
            foreach (var j in nearestFirst)
            {
                if (lines[j] == FooterMark)
                {
                    return null;
                }
                var marker = ListMarker.Read(lines[j]);
                if (marker.Shape == end.Marker.Shape && marker.Number == wanted && WordCount(marker.Text) <= 30 && FollowedByBody(lines, j))
                {
                    return new Candidate(j, marker);
                }
            }
            return null;
        }
    }

    // When no marker shape makes a list, headings of mixed shapes that each open with a drama the reference shelf knows
    // ("Healer (2014)", "• Goblin — the first snow", "Run On: the sprint") are one before the file is refused.
    private const string KnownTitleShape = "plain-known";

    private static Group? LedByKnownTitles(List<Candidate> candidates, List<string> lines)
    {
        var led = candidates.Where(c => !c.Marker.IsNumbered && OpensWithKnownTitle(c.Marker.Text)).ToList();
        var separated = led.Count >= MinimumItems ? SeparatedByBody(led, lines) : led;
        return separated.Count >= MinimumItems && DistinctShare(separated) > 0
            ? new Group(KnownTitleShape, separated, led.Count, Score(separated, lines, weight: 1))
            : null;
    }

    private static bool OpensWithKnownTitle(string text) =>
        KnownDramas.NamedIn(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(KnownDramas.MaxWords + 1).ToArray()).FirstOrDefault() is { Word: 0 };

    // Show notes and chapter lists run forward in time: a time code earlier than the one before it is no heading of the list.
    private static List<Candidate> InTimeOrder(List<Candidate> members)
    {
        if (members[0].Marker.Seconds is null)
        {
            return members;
        }
        var kept = new List<Candidate>(members.Count);
        foreach (var candidate in members)
        {
            if (kept.Count == 0 || candidate.Marker.Seconds > kept[^1].Marker.Seconds)
            {
                kept.Add(candidate);
            }
        }
        return kept;
    }

    // Two unnumbered candidates with no paragraph between them are a heading and a caption: keep the first. Section
    // headings ("## Scenes" over "## Goblin") are a section and its first sub-section: keep the sub-section.
    private static List<Candidate> SeparatedByBody(List<Candidate> members, List<string> lines)
    {
        var kept = new List<Candidate>();
        foreach (var candidate in members)
        {
            // One line read two ways ("Secret Garden (2010) made …" as a known title's heading and as an anchor) counts once.
            if (kept.Count > 0 && candidate.Index <= kept[^1].Index)
            {
                continue;
            }
            if (kept.Count > 0 && kept[^1].Rest is null && !Enumerable.Range(kept[^1].Index + 1, candidate.Index - kept[^1].Index - 1).Any(j => TextShape.IsProse(lines[j])))
            {
                if (IsSectionHeading(candidate.Marker))
                {
                    kept[^1] = candidate;
                }
                continue;
            }
            kept.Add(candidate);
        }
        return kept;
    }

    private static bool IsSectionHeading(ListMarker marker) => marker.Shape.StartsWith('h');

    // A list names a different thing in each item: unmarked lines that repeat ("Member", "Jun 8", "Korean Drama - 2015,
    // 16 episodes" once the digits are set aside) are a forum's or a card's furniture, not headings.
    private static double DistinctShare(List<Candidate> items)
    {
        var distinct = items.Select(c => new string(c.Marker.Text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray())).Distinct().Count();
        return distinct < MinimumItems ? 0 : (double)distinct / items.Count;
    }

    // More items, items of even length and a list that covers the article's body make a better partition.
    private static double Score(List<Candidate> items, List<string> lines, double weight)
    {
        if (items.Count < MinimumItems)
        {
            return 0;
        }
        var lengths = new List<int>();
        for (var k = 0; k < items.Count; k++)
        {
            var end = k + 1 < items.Count ? items[k + 1].Index : lines.Count;
            lengths.Add(WordCount(items[k].Rest ?? string.Empty) + Enumerable.Range(items[k].Index + 1, end - items[k].Index - 1).Sum(j => WordCount(lines[j])));
        }
        var inner = lengths.Take(lengths.Count - 1).DefaultIfEmpty(1).ToList();
        var mean = inner.Average();
        var spread = mean == 0 ? 1 : Math.Sqrt(inner.Average(l => (l - mean) * (l - mean))) / mean;
        return items.Count * weight * (1.5 - Math.Min(spread, 1.0));
    }

    // Step 5: items from the chosen headings; the last item ends where the page's footer starts.
    private static ArticleSegments Build(List<string> lines, string title, Group list)
    {
        var items = new List<ItemSegment>(list.Items.Count);
        var titledCounters = list.Items.Any(c => c.Marker.IsCounter && HasTitleLineUnder(lines, c.Index));
        for (var k = 0; k < list.Items.Count; k++)
        {
            var heading = list.Items[k];
            if (heading.Row is { } row)
            {
                items.Add(new ItemSegment(items.Count + 1, row.Heading, row.Rank, row.Lines.ToList()));
                continue;
            }
            var end = k + 1 < list.Items.Count ? list.Items[k + 1].Index : lines.Count;
            var body = BeforeSection(lines.GetRange(heading.Index + 1, end - heading.Index - 1), heading.Marker.Level);
            if (heading.Rest is { } rest)
            {
                body.Insert(0, rest);
            }
            body = k == list.Items.Count - 1 ? TrimOutro(CutAtFooter(body, atComments: list.Shape != CommentShape)) : body.Where(l => !IsMark(l)).ToList();
            var text = heading.Marker.Text;
            if (heading.Marker.IsCounter)
            {
                if (CounterItem(lines[heading.Index], heading.Marker, body, titledCounters) is not var (counted, counterBody))
                {
                    continue;
                }
                (text, body) = (counted, counterBody);
            }
            items.Add(new ItemSegment(items.Count + 1, text, heading.Marker.Number, [.. body, .. heading.Summary ?? []]));
        }
        var intro = lines.GetRange(0, list.Items[0].Row?.TableStart ?? list.Items[0].Index).Where(l => !IsMark(l)).ToList();
        return new ArticleSegments(title, intro, items) { Shape = Describe(list.Shape) };
    }

    // "Slide 3 of 8", "CLIP 3 · 7:15 PM", "Scene 4 — ep. 9": the number only counts. The item's title is the short line under it,
    // past the slide's picture credits ("Courtesy of tvN"; an episode the counter names stays in its text). A counter with no
    // title line under it heads its item itself ("Part 5" over "Drama: Goblin"), unless the list's other counters have titles:
    // then it is a cover or an outro, not an item.
    private static (string Heading, List<string> Body)? CounterItem(string line, ListMarker marker, List<string> body, bool titledCounters)
    {
        body = [.. body.SkipWhile(l => PageFurniture.IsPictureCredit(l.Trim()))];
        if (body.Count == 0)
        {
            return null;
        }
        var episode = CounterInfo.EpisodePart(marker.Text);
        if (IsTitleLine(body[0]))
        {
            return (body[0], episode is null ? body.Skip(1).ToList() : body.Skip(1).Prepend(episode).ToList());
        }
        return titledCounters ? null : (line.Trim().TrimStart('#').Trim().Trim('*', '_').Trim(), body);
    }

    private static bool HasTitleLineUnder(List<string> lines, int index)
    {
        var under = index + 1;
        while (under < lines.Count && PageFurniture.IsPictureCredit(lines[under].Trim()))
        {
            under++;
        }
        return under < lines.Count && !IsMark(lines[under]) && IsTitleLine(lines[under]) && !ListMarker.Read(lines[under]).IsCounter;
    }

    private static bool IsTitleLine(string line) => !TextShape.IsProse(line) && !FactLines.IsKeyValue(line);

    // Under "### Goblin" items, a "## Winter picks" heading opens a section that groups the items after it (or a closing
    // "## Final thoughts"): the item ends there, and the section's heading and words belong to no item.
    private static List<string> BeforeSection(List<string> body, int level)
    {
        if (level < 2)
        {
            return body;
        }
        var section = body.FindIndex(l => l.StartsWith('#') && ListMarker.Read(l).Level is > 0 and var outer && outer < level);
        return section < 0 ? body : body.GetRange(0, section);
    }

    // Readers' replies under a post (a comment's header at the margin) are no part of the post's last item.
    private static List<string> CutAtFooter(List<string> body, bool atComments)
    {
        var footer = body.Count == 0 ? -1 : body.FindIndex(1, l => l == FooterMark || atComments && l == CommentMark || PageFurniture.StartsFooter(l) || PageFurniture.IsHashtagBlock(l));
        return (footer < 0 ? body : body.GetRange(0, footer)).Where(l => !IsMark(l)).ToList();
    }

    // After the last item come questions to the reader and sign-offs, not part of the item.
    private static List<string> TrimOutro(List<string> body)
    {
        var end = body.Count;
        while (end > 1 && (OutroLine().IsMatch(body[end - 1]) || WordCount(body[end - 1]) <= 15 && body[end - 1].EndsWith('?')))
        {
            end--;
        }
        return body.GetRange(0, end);
    }

    private static string WhyNoList(List<Group> groups)
    {
        if (groups.Count == 0)
        {
            return "no list found: no line looks like an item heading (a short line that is not a sentence, followed by a paragraph)";
        }
        var seen = groups.OrderByDescending(g => g.Seen).Take(4).Select(g => g.Items.Count >= MinimumItems
            ? $"{Describe(g.Shape)} ×{g.Seen}"
            : g.Shape.Contains("plain", StringComparison.Ordinal) || !g.Items.Any(i => i.Marker.IsNumbered)
                ? $"{Describe(g.Shape)} ×{g.Seen} (fewer than {MinimumItems} separated by paragraphs)"
                : $"{Describe(g.Shape)} ×{g.Seen} (longest run counting by one: {g.Items.Count})");
        return $"no list found: the parser needs at least {MinimumItems} headings of one shape, each followed by a paragraph; it saw {string.Join(", ", seen)}";
    }

    /// <summary>A marker shape for people: "num." → "1.", "hash:" → "#1:", "no|" → "No. 1 |", "emoji" → "an emoji".</summary>
    public static string Describe(string shape)
    {
        var sb = new StringBuilder();
        var rest = shape;
        if (rest.StartsWith('h') && !rest.StartsWith("hash", StringComparison.Ordinal))
        {
            sb.Append("## ");
            rest = rest[1..];
        }
        var bracket = rest.StartsWith('k');
        if (bracket)
        {
            rest = rest[1..].Replace("]", string.Empty, StringComparison.Ordinal);
        }
        var bold = rest.StartsWith('b');
        if (bold)
        {
            rest = rest[1..];
        }
        var text = rest switch
        {
            _ when rest.StartsWith("plain", StringComparison.Ordinal) || rest.StartsWith("section", StringComparison.Ordinal) => "a heading without a number",
            _ when rest.StartsWith("emoji", StringComparison.Ordinal) => "an emoji",
            _ when rest.StartsWith(CardShape, StringComparison.Ordinal) => "a heading over a drama line",
            _ when rest.StartsWith("num", StringComparison.Ordinal) => "1" + rest[3..],
            _ when rest.StartsWith("ord", StringComparison.Ordinal) => "1st" + rest[3..],
            _ when rest.StartsWith("hash", StringComparison.Ordinal) => "#1" + rest[4..],
            _ when rest.StartsWith("no", StringComparison.Ordinal) => "No. 1" + (rest.Length > 2 ? " " + rest[2..] : string.Empty),
            _ when rest.StartsWith("roman", StringComparison.Ordinal) => "I" + rest[5..],
            _ when rest.StartsWith("spoken", StringComparison.Ordinal) => "a spoken rank (number one)",
            _ => rest,
        };
        text = bracket ? $"[{text}]" : text;
        sb.Append(bold ? $"**{text}**" : text);
        return sb.ToString();
    }

    internal static int WordCount(string text) => TextShape.WordCount(text);

    // An anchored item's heading opens a paragraph; the rest of that paragraph is the item's first text.
    // A table's row carries its item (Row); a heading a summary table names carries that row's cells (Summary).
    // A thread's message carries its opening lines (Message), which say what it is about.
    private sealed record Candidate(int Index, ListMarker Marker, string? Rest = null, TableRows.Row? Row = null, IReadOnlyList<string>? Summary = null)
    {
        public string? Message { get; init; }

        public bool InMessage { get; init; }
    }

    private sealed record Group(string Shape, List<Candidate> Items, int Seen, double Score);

    [GeneratedRegex(@"^(?:which|what(?:'s|’s| is| was) your|who(?:'s|’s| is) your|tell us|let us know|do you agree|did we miss|share your|drop (?:a|your)|comment below|happy watching|until next time|see you|xoxo|love,)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex OutroLine();

    [GeneratedRegex(@"(?<=[.!?])\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SpokenSentenceBreak();


    // The words before a heading's first colon or spaced dash: a title, of one letter too ("W — the cliffhanger kiss").
    [GeneratedRegex(@"^(?<lead>[^:|–—]{1,80}?)\s*(?::\s|\s[-–—|]\s)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CapitalLead();

    [GeneratedRegex(@"\[(?:\d{1,3}|[a-z]|edit|citation needed|update|clarification needed)\]", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EditorialMark();

    [GeneratedRegex(@"\[\s*(?:edit(?: source)?)?\s*\]$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SectionEditLink();

    [GeneratedRegex(@"^#?\d{1,3}\.?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex RankAlone();

    [GeneratedRegex(@"^\p{Ll}[\p{Ll}' -]{0,20}:\s+\S", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LowercaseLabel();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:[ ]\p{Ll}+){0,2}:\s+\S", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SentenceCaseLabel();

    // "Coffee Prince (2007)", "Business Proposal (2022), Episode 1": a title, its year in parentheses, at most an episode after.
    [GeneratedRegex(@"^[\p{Lu}\d][^()]{0,80}\((?:19|20)\d\d\)(?:\s*[,·|–—-]\s*(?:Episode|Ep\.?)\s*\d{1,3})?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DatedTitle();

    [GeneratedRegex(@"^.*?(?:" + TextShape.NotAfterAddress + @"[.!?](?=\s|$)|$)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex FirstSentence();

    // "(2021)", "(tvN, 2021)" closing a heading.
    [GeneratedRegex(@"\s*\((?:[^()]{1,30},\s*)?(?:19|20)\d{2}\)$", RegexOptions.NonBacktracking)]
    private static partial Regex ClosingYear();

    [GeneratedRegex(@"^(?<theme>[^:]{2,100}?):\s+(?<title>[^:()]{1,80}?)\s*\((?:[\p{L}\d+ ]{1,20},\s*)?(?:19|20)\d{2}\)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ThemeAndDatedTitle();

}

/// <summary>The list found, or why there is none.</summary>
public sealed record SegmentResult(ArticleSegments? Segments, string? Error);
