using System.Globalization;
using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// What a web page puts around an article's text and a copy-paste keeps: credits, bylines, ads, watch
/// prompts, share and newsletter boxes, embedded social posts, related-article links, and the footers
/// that follow the list (FAQs, author bios, blog furniture). None of it is content.
/// </summary>
public static partial class PageFurniture
{
    /// <summary>A single line that is never content wherever it stands.</summary>
    private const int ShortFieldLength = 16;

    public static bool IsNoise(string line)
    {
        if (IsCountOutOfTotal(line) || IsSectionNumber(line))
        {
            return false;
        }
        // A line with hardly a letter is furniture, except a fact card's short field ("Ep: 3") and a drama the shelf knows by
        // its digits ("3. 2521").
        if (line.Count(char.IsLetter) < 3 && !(line.Length <= ShortFieldLength && FactLines.IsKeyValue(line)) && !NamesAKnownDrama(line) && !IsRankedLetterTitle(line))
        {
            return true;
        }
        // "| ENA", "| Netflix": an image's credit set under it after a bar, with nothing before it.
        if (line.StartsWith('|') && !line.EndsWith('|') && TextShape.WordCount(line) <= 4)
        {
            return true;
        }
        line = WithoutLeadingSymbols(line.Trim('*', '_', ' ', '>', '|', '[', ']', '▶', '►', '■', '▲', '※', '☞'));
        return NoiseLine().IsMatch(line.TrimStart('('))
            || (line.Length <= 160 && PageControl().IsMatch(line))
            || (line.Length < 40 && ShortNoise().IsMatch(line))
            || (line.Length <= 80 && Byline().IsMatch(line))
            || (line.Length <= MaxCreditLine && WriterCredit().IsMatch(line) && !SentenceGoesOn().IsMatch(line))
            || (line.Length <= 120 && (Toolbar().IsMatch(line) || Dateline().IsMatch(line) || Breadcrumb().IsMatch(line) || IsSectionPath(line)))
            || SocialLine().IsMatch(line)
            || (line.Length <= 120 && (WatchPrompt().IsMatch(line) || Recommendation().IsMatch(line)))
            || (line.Length <= 160 && (Caption().IsMatch(line) || IsPictureCaption(line) || IllustrationCredit().IsMatch(line) || PhotographerCredit().IsMatch(line)))
            || (line.Length <= 200 && NewsletterBlurb().IsMatch(line));
    }

    // "⚠ SPOILER WARNING", "🔔 Subscribe": an icon before a line says nothing of what the line is. A copyright sign ("ⓒ Some
    // News, all rights reserved") does, and stays.
    private static string WithoutLeadingSymbols(string line)
    {
        var start = 0;
        while (start < line.Length && line[start] is not ('©' or 'ⓒ')
            && (char.GetUnicodeCategory(line[start]) is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.NonSpacingMark || line[start] == ' '))
        {
            start++;
        }
        return start == 0 ? line : line[start..];
    }

    // A page's controls copied as text: a drop-down's caret ("Add to List ▾", "Sort: Suggestions For You ▾"), a rating
    // widget's empty stars ("Your Rating: ☆☆☆☆☆"), a grid or list toggle ("Grid ▦  List ☰").
    [GeneratedRegex(@"[▾▼⌄▦☰]|☆{5,}", RegexOptions.NonBacktracking)]
    private static partial Regex PageControl();

    // "Written by Jane Doe | Updated on …": a page's credit line is short; a paragraph that opens "Written by Noh Hee-kyung,
    // the drama …" is the item's prose about the show's writer.
    private const int MaxCreditLine = 120;

    [GeneratedRegex(@"^(?:written|edited)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex WriterCredit();

    // "Written by Kim Eun-sook. Starring Gong Yoo as Kim Shin.": a credit that goes on into another sentence opens a note on
    // the show, not the page's byline.
    [GeneratedRegex(@"[\p{Ll})][.!?]\s+\S", RegexOptions.NonBacktracking)]
    private static partial Regex SentenceGoesOn();

    /// <summary>
    /// A photo's caption with its credit: anything credited to a picture agency ("The couple in Seoul in 2022 (Getty Images)"),
    /// or people "in" a quoted title, or one closed by a stop, credited to its broadcaster ("Kim and Park in ‘Some Title’ (Netflix)"). A heading names no
    /// picture's source.
    /// </summary>
    private static bool IsPictureCaption(string line)
    {
        if (AgencyCredit().IsMatch(line))
        {
            return true;
        }
        var pictured = PeopleInATitle().Match(line);
        return pictured.Success && HeadingReader.IsKnownNetwork(pictured.Groups["credit"].Value.Trim()) && HeadingReader.LooksLikePeople(pictured.Groups["people"].Value.Trim());
    }

    /// <summary>
    /// A social post's hashtags on a line of their own (<c>#kdrama #healing #weekend</c>): the end of what its author wrote;
    /// what follows (where it was posted, likes, readers' comments) is no part of the last item.
    /// </summary>
    public static bool IsHashtagBlock(string line) => HashtagBlock().IsMatch(line.Trim());

    [GeneratedRegex(@"^#\p{L}[\p{L}\d_]*(?:\s+#[\p{L}\d_]+){2,}\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex HashtagBlock();

    // A newsletter box's blurb: "Get the latest … delivered straight to your inbox".
    [GeneratedRegex(@"\b(?:delivered|sent|straight|direct(?:ly)?|right)\s+(?:\p{L}+\s+){0,2}to\s+your\s+inbox\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex NewsletterBlurb();

    // "Netflix/tvN/JTBC/Ringer illustration", "Getty Images/Vox illustration", "Photo illustration by Jane Doe": the lead
    // picture's sources, set apart by slashes, or its illustrator.
    [GeneratedRegex(@"^(?:(?:[\p{L}\d.&'’ ]{1,30}/){1,6}[\p{L}\d.&'’ ]{1,30}\s+(?:photo\s+)?illustration|(?:photo\s+)?illustration\s+(?:by|:)\s+.{1,60})$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex IllustrationCredit();

    // "Kim Hong-ji/Reuters", "Jung Yeon-je/AFP/Getty Images", "Courtesy Pohang City": a photo's credit on its own line under
    // its caption, the photographer's name and their agency after a slash, or the picture's lender.
    [GeneratedRegex(@"^(?:courtesy(?:\s+of)?\s+[^\s].{1,40}|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?:\s*/\s*[\p{L}.&'’ ]{1,30}?)*\s*/\s*(?:getty(?:\s+images)?|shutterstock|afp|reuters|ap|the associated press|alamy|pa(?:\s+(?:images|media|wire))?|epa|yonhap|newsis|newsen|news1|osen|keystone|bloomberg|xinhua|imago|sipa|nurphoto|zuma(?:\s+press)?|rex|splash news))$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PhotographerCredit();

    [GeneratedRegex(@"\((?:photos?\s*:\s*)?(?:getty(?:\s+images)?|shutterstock|afp|reuters|ap(?:\s+photo)?|alamy|pa(?:\s+(?:images|media|wire))?|epa|yonhap|newsen|news1|osen|handout|supplied|file\s+photo|instagram)\b[^()]{0,30}\)\s*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AgencyCredit();

    // "Kim and Park in ‘Some Title’ (Netflix)", "Kim and Park in Some Title. (Netflix)": the title quoted, or closed by a stop.
    [GeneratedRegex(@"^(?<people>[^‘'“""()]{3,80}?)\s+in\s+(?:[‘'“""][^’'”""()]{1,60}[’'”""]|\p{Lu}[^()]{0,60}?\.)\s*\((?<credit>[^()]{2,30})\)\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PeopleInATitle();

    // "#6 — W", "3. X": a ranked heading whose title is a letter or two in capitals is a heading, however few its letters.
    private static bool IsRankedLetterTitle(string line) =>
        line.Length <= ShortFieldLength && ListMarker.Read(line) is { IsNumbered: true, IsCounter: false } ranked
        && Undated(ranked.Text) is { Length: >= 1 and <= 2 } title && title.All(char.IsUpper);

    // "W (2016)", "2521 (2022)": a short title dated beside it is still that title.
    private static string Undated(string text) => TrailingYear().Replace(text, string.Empty);

    [GeneratedRegex(@"\s*\((?:19|20)\d{2}\)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TrailingYear();

    // "3 / 7", "3/7", "3 of 7" alone on a line: a gallery's or a thread's counter out of its total. Kept, so the segmenter
    // heads items with such counters when they run as a list (over each slide's card); one alone heads nothing.
    private static bool IsCountOutOfTotal(string line) =>
        line.Length <= ShortFieldLength && CountOutOfTotal().Match(line) is { Success: true } count
        && int.Parse(count.Groups["n"].Value, CultureInfo.InvariantCulture) <= int.Parse(count.Groups["total"].Value, CultureInfo.InvariantCulture);

    // "II." or "3." alone on a line: an essay's section number, kept for the segmenter as the counter above.
    private static bool IsSectionNumber(string line) =>
        line.Length <= 8 && ListMarker.Read(line) is { IsNumbered: true, IsCounter: true, Text.Length: 0 };

    private static bool NamesAKnownDrama(string line) =>
        line.Length <= ShortFieldLength && line.Any(char.IsDigit) && Reference.KnownDramas.Knows(ListMarker.Read(line).Text);

    /// <summary>
    /// The header of a readers' comment section: "14 comments:", "Comments (3)", "5 thoughts on …". Not "Leave a
    /// comment", which newsletters put between paragraphs as a button.
    /// </summary>
    public static bool StartsComments(string line) => line.Length <= 120 && CommentsStart().IsMatch(line.Trim('*', '_', '#', ' '));

    /// <summary>
    /// A site's menu copied with the page: short capitalised entries set apart by runs of spaces
    /// (<c>News  Sport  Entertainment  Soaps</c>, <c>Privacy Policy  Cookie Policy  Terms</c>). Read on the line as written,
    /// before its spaces are folded; cells set apart by tabs are a table's (<c>Year→Title→Network</c>), not a menu.
    /// </summary>
    public static bool IsSiteMenu(string rawLine)
    {
        if (rawLine.Length > MaxMenuLength || !rawLine.Contains("  ", StringComparison.Ordinal) || rawLine.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }
        return AreMenuEntries(MenuGap().Split(rawLine.Trim()));
    }

    /// <summary>
    /// A site's menu copied as one line of entries set apart by bars or dots (<c>NBA | NFL | Movies | TV | Podcasts</c>), as a
    /// page's top writes it. Only the page's top is read so: lower down such a line may be a table's header.
    /// </summary>
    public static bool IsSeparatedMenu(string line) =>
        line.Length <= MaxMenuLength && !line.TrimStart().StartsWith('|') && !line.TrimEnd().EndsWith('|') && AreMenuEntries(MenuSeparator().Split(line.Trim()));

    /// <summary>
    /// A site's menu copied as one line with single spaces (<c>News Sport Business Money Opinion Travel Health Culture</c>):
    /// its entries cannot be told apart, but its words can. Six words or more, each capitalised (or an ampersand), no digit
    /// or sentence's punctuation, and two-thirds of them words sites name their sections with; a headline in title case
    /// names its subject, not sections.
    /// </summary>
    public static bool IsWordMenu(string line)
    {
        if (line.Length > MaxMenuLength || line.Any(c => char.IsDigit(c) || c is '.' or ',' or '!' or '?' or ':' or '(' or '"' or '“' or '\'' or '’'))
        {
            return false;
        }
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "&").ToList();
        return words.Count >= MinWordMenuWords && words.All(w => char.IsUpper(w[0]))
            && words.Count(w => SectionWords.Contains(w)) * 3 >= words.Count * 2;
    }

    private const int MinWordMenuWords = 6;

    /// <summary>
    /// A site's path to the page written with slashes, from one of its sections: "Culture / Entertainment", "K-Drama /
    /// Lists / Romance". The first part must name a section, so "Goblin / Guardian" (a title and its other name) stays.
    /// </summary>
    private static bool IsSectionPath(string line)
    {
        var parts = line.Split('/', StringSplitOptions.TrimEntries);
        return parts.Length is >= 2 and <= 5 && SectionWords.Contains(parts[0]) && parts.All(p => SectionPathPart().IsMatch(p));
    }

    [GeneratedRegex(@"^[\p{L}&' -]{2,30}$", RegexOptions.NonBacktracking)]
    private static partial Regex SectionPathPart();

    // What sites call their sections and menu entries.
    private static readonly HashSet<string> SectionWords = new(
        ["home", "news", "latest", "sport", "sports", "business", "money", "finance", "opinion", "politics", "world", "travel", "health",
         "wellness", "fitness", "lifestyle", "life", "living", "culture", "arts", "art", "entertainment", "showbiz", "celebrity",
         "celebrities", "movies", "film", "films", "tv", "television", "music", "k-pop", "kpop", "k-drama", "k-dramas", "hallyu",
         "books", "games", "gaming", "puzzles", "crosswords", "podcasts", "podcast", "video", "videos", "photos", "gallery",
         "shopping", "deals", "reviews", "features", "style", "fashion", "beauty", "food", "drink", "eat", "recipes",
         "property", "cars", "motoring", "tech", "technology", "science", "environment", "climate", "education", "careers",
         "jobs", "weddings", "relationships", "love", "parenting", "family", "horoscopes", "astrology", "events", "things", "to",
         "do", "newsletters", "newsletter", "subscribe", "menu", "search", "more", "explore", "trending", "viral", "local",
         "national", "international", "asia", "india", "korea", "stories", "web", "originals", "magazine", "women", "men",
         "drama", "dramas", "kdrama", "kdramas", "k-culture", "list", "lists", "feature", "review", "movie"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A site's bar of trending topics over the page (<c>Trending: Valentine's Day 2024, Budget 2024, Queen of Tears</c>):
    /// a label of the kind over three entries or more of a few words each.
    /// </summary>
    public static bool IsTrendingBar(string line) =>
        line.Length <= MaxMenuLength && TrendingBar().Match(line.Trim()) is { Success: true } bar
        && bar.Groups["entries"].Value.Split([',', '|', '·', '•'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } entries
        && entries.All(e => TextShape.WordCount(e) <= MaxTrendingEntryWords);

    private const int MaxTrendingEntryWords = 6;

    [GeneratedRegex(@"^(?:trending(?:\s+(?:now|today|topics|stories))?|hot\s+topics|top\s+searches|popular(?:\s+(?:now|searches|topics))?|in\s+focus|in\s+the\s+news)\s*:\s*(?<entries>.+)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex TrendingBar();

    // An entry opens with a capital, or with a letter of a script that has no case ("عربي | Français | 日本語 | English": a
    // site's editions by language).
    private static bool AreMenuEntries(string[] entries) =>
        entries.Length >= MinMenuEntries && entries.All(e => e.Length > 0 && (char.IsUpper(e[0]) || char.IsLetter(e[0]) && !char.IsLower(e[0])) && TextShape.WordCount(e) <= MaxMenuEntryWords
            && !e.Any(char.IsDigit) && !e.Any(c => c is '.' or ',' or '!' or '?' or ':' or '(' or '"' or '“'));

    [GeneratedRegex(@"\s+[|·•]\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MenuSeparator();

    private const int MaxMenuLength = 160;
    private const int MinMenuEntries = 4;
    private const int MaxMenuEntryWords = 3;

    [GeneratedRegex(@" {2,}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MenuGap();

    /// <summary>A thread's author line above a comment: "u/name · 4d", "someone_123 · 3 hr. ago".</summary>
    public static bool IsCommentAuthorLine(string line) => line.Length <= 80 && CommentAuthor().IsMatch(line.Trim());

    /// <summary>A line after which nothing of the last item follows: FAQ sections, bios, blog and share footers.</summary>
    public static bool StartsFooter(string line) =>
        line.Length <= 120 && FooterStart().IsMatch(line.Trim('*', '_', '#', ' ', ':'));

    /// <summary>
    /// Marks the lines of embedded social posts: an Instagram block from "View this post on Instagram" to
    /// "A post shared by …", and a tweet (its text and the "— name (@handle) date" line under it).
    /// </summary>
    public static bool[] SocialPosts(IReadOnlyList<string> lines)
    {
        var marked = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (ForumQuoteStart().IsMatch(lines[i]))
            {
                // "name said:" … "Click to expand...": a forum reply quoting an earlier post, which is read where it was posted.
                var end = Enumerable.Range(i + 1, Math.Max(0, Math.Min(lines.Count - i - 1, 12))).FirstOrDefault(j => ForumQuoteEnd().IsMatch(lines[j]), -1);
                for (var j = i; j <= end; j++)
                {
                    marked[j] = true;
                }
            }
            else if (InstagramStart().IsMatch(lines[i]))
            {
                var end = i;
                for (var j = i + 1; j < lines.Count && j <= i + 8; j++)
                {
                    if (InstagramEnd().IsMatch(lines[j]))
                    {
                        end = j;
                        break;
                    }
                }
                for (var j = i; j <= end; j++)
                {
                    marked[j] = true;
                }
            }
            else if (TweetAttribution().IsMatch(lines[i]))
            {
                marked[i] = true;
                // The tweet's text is the line above, and one more above it when the text ran over two lines.
                var taken = 0;
                for (var j = i - 1; j >= 0 && taken < 2; j--)
                {
                    if (lines[j].Length == 0)
                    {
                        continue;
                    }
                    if (taken == 1 && !SocialLine().IsMatch(lines[j]) && lines[j].Length > 120)
                    {
                        break;
                    }
                    if (taken == 0 || SocialLine().IsMatch(lines[j]))
                    {
                        marked[j] = true;
                    }
                    taken++;
                }
            }
        }
        return marked;
    }

    /// <summary>
    /// Marks a related-links box: a label alone on its line ("RELATED STORY", "Must Read", "Also read", "Recommended") and the
    /// headlines under it, up to the next blank line; the headlines are links to other pages, not the article's headings.
    /// </summary>
    public static bool[] RelatedLinkBoxes(IReadOnlyList<string> lines)
    {
        var marked = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > 40 || !RelatedLabel().IsMatch(lines[i].Trim('*', '_', '#', ' ', ':', '|', '▶', '►')))
            {
                continue;
            }
            marked[i] = true;
            for (var j = i + 1; j < lines.Count && j <= i + MaxRelatedHeadlines && IsHeadline(lines[j]); j++)
            {
                marked[j] = true;
            }
        }
        return marked;
    }

    private const int MaxRelatedHeadlines = 4;

    // A link's headline: a line of its own, short, not closed like a sentence ("Why Korean dramas are so addictive, according to psychologists").
    private static bool IsHeadline(string line) =>
        line.Length is > 0 and <= 160 && TextShape.WordCount(line) <= 20 && line.TrimEnd()[^1] is not ('.' or '!' or '…');

    /// <summary>
    /// Marks a shopping widget: a block of short lines, between blank lines, that holds a price alone on its line
    /// ("£4.99/month", "$17.99") and a shop button ("View Deal", "Check price", "See at Amazon"), as a publisher's deals box
    /// sets them between the sections ("Best Netflix deals" / "Netflix Standard with adverts" / "£4.99/month" / "View Deal").
    /// Its lines name offers, not the article's headings.
    /// </summary>
    public static bool[] ShoppingWidgets(IReadOnlyList<string> lines)
    {
        var marked = new bool[lines.Count];
        for (var start = 0; start < lines.Count; start++)
        {
            if (lines[start].Length == 0 || (start > 0 && lines[start - 1].Length > 0))
            {
                continue;
            }
            var end = start;
            while (end < lines.Count && lines[end].Length is > 0 and <= MaxWidgetLine)
            {
                end++;
            }
            var block = Enumerable.Range(start, end - start).ToList();
            if ((end == lines.Count || lines[end].Length == 0) && block.Any(i => Price().IsMatch(lines[i].Trim())) && block.Any(i => ShopButton().IsMatch(lines[i].Trim())))
            {
                block.ForEach(i => marked[i] = true);
            }
        }
        return marked;
    }

    private const int MaxWidgetLine = 60;

    /// <summary>
    /// Marks a photo's credit and caption: a broadcaster's name alone on its line after a blank ("JTBC", "Netflix") and the
    /// one short line under it ("Kim Ji-won and Son Suk-ku."), which describe the picture, not the item.
    /// </summary>
    public static bool[] PhotoCredits(IReadOnlyList<string> lines)
    {
        var marked = new bool[lines.Count];
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if ((i == 0 || lines[i - 1].Length == 0) && lines[i].Length is > 0 and <= 20 && HeadingReader.IsKnownNetwork(lines[i].Trim())
                && lines[i + 1].Length > 0 && TextShape.WordCount(lines[i + 1]) <= MaxCaptionWords && (i + 2 >= lines.Count || lines[i + 2].Length == 0))
            {
                marked[i] = marked[i + 1] = true;
            }
        }
        // "Hyun Bin and Son Ye-jin in \"Crash Landing on You.\"" over "Netflix": a caption written as a sentence, its source alone
        // on the line under it, the pair set apart by blank lines. A heading over its network line closes no sentence.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if ((i == 0 || lines[i - 1].Length == 0) && IsCaptionSentence(lines[i]) && IsSourceLine(lines[i + 1]) && (i + 2 >= lines.Count || lines[i + 2].Length == 0))
            {
                marked[i] = marked[i + 1] = true;
            }
        }
        // "Some Title. Rakuten Viki", "Kim and Park in Some Title. Netflix": a picture's caption closed by its source. Headings
        // written that way would be many; a caption or two above or between the sections is what a page shows.
        var credited = Enumerable.Range(0, lines.Count).Where(i => IsCaptionWithItsSource(lines[i])).ToList();
        if (credited.Count < FewerThanAList)
        {
            credited.ForEach(i => marked[i] = true);
        }
        return marked;
    }

    private const int MaxCaptionWords = 16;

    private static bool IsCaptionSentence(string line) =>
        line.Length > 0 && TextShape.WordCount(line) <= MaxCaptionWords && line.TrimEnd().TrimEnd('"', '”', '\'', '’', ')').EndsWith('.');

    // "tvN", "SBS/Netflix": one broadcaster or a few joined by slashes.
    private static bool IsSourceLine(string line) =>
        line.Length is > 0 and <= 30 && line.Split('/', StringSplitOptions.TrimEntries).All(s => s.Length > 0 && HeadingReader.IsKnownNetwork(s));
    private const int FewerThanAList = 3;

    /// <summary>
    /// Marks a photo gallery's strip: picture counters (<c>[Image 4 of 18]</c>, <c>Photo 3/12</c>) with the credit and caption
    /// lines under each (<c>Photo: tvN</c>, <c>Courtesy of Netflix</c>, <c>Caption: …</c>). A photo-led page sets several such
    /// counters between its sections; they count pictures, not items, so the item's heading stands over its text as usual.
    /// A counter counts pictures when it is written as a placeholder in brackets, or stands next to another with only credits
    /// between: a slideshow that numbers its items (<c>Slide 3 of 8</c>) has a title and a paragraph under each counter.
    /// A news site's picture controls (<c>Enlarge this image</c> … <c>toggle caption</c>) mark the caption and credits between them.
    /// </summary>
    public static bool[] PhotoStrips(IReadOnlyList<string> lines)
    {
        var marked = new bool[lines.Count];
        var ends = Enumerable.Range(0, lines.Count).Where(i => PictureCounter().IsMatch(lines[i].Trim())).ToDictionary(i => i, i => AfterCredits(lines, i));
        var followed = ends.Values.Where(ends.ContainsKey).ToHashSet();
        foreach (var (counter, end) in ends)
        {
            if (lines[counter].TrimStart().StartsWith('[') || ends.ContainsKey(end) || followed.Contains(counter))
            {
                Array.Fill(marked, true, counter, end - counter);
            }
        }
        MarkImageControls(lines, marked);
        return marked;
    }

    // How far a picture's "Enlarge this image" may stand above the "toggle caption" that closes its caption and credit.
    private const int MaxPictureBlock = 8;

    // "Enlarge this image" over a caption, its credit, "hide caption", "toggle caption" and the credit again: a news site's
    // picture block, from its first control to its last, and the credit lines under it.
    private static void MarkImageControls(IReadOnlyList<string> lines, bool[] marked)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!ImageControl().IsMatch(lines[i].Trim()))
            {
                continue;
            }
            var last = i;
            for (var j = i + 1; j < lines.Count && j <= i + MaxPictureBlock; j++)
            {
                if (ImageControl().IsMatch(lines[j].Trim()))
                {
                    last = j;
                }
            }
            if (last == i)
            {
                continue;
            }
            var end = AfterCredits(lines, last);
            Array.Fill(marked, true, i, end - i);
            i = end - 1;
        }
    }

    [GeneratedRegex(@"^(?:enlarge (?:this )?image|expand image|view (?:larger|full) image|(?:hide|show|toggle) caption)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ImageControl();

    // The first line after a picture's counter that is neither blank nor one of its credit or caption lines.
    private static int AfterCredits(IReadOnlyList<string> lines, int counter)
    {
        var j = counter + 1;
        while (j < lines.Count && (lines[j].Trim().Length == 0 || IsPictureCredit(lines[j].Trim())))
        {
            j++;
        }
        return j;
    }

    /// <summary>A picture's credit or caption line ("Photo: tvN", "Courtesy of Netflix", "© SBS", a broadcaster's name alone).</summary>
    public static bool IsPictureCredit(string line) =>
        line.Length <= 160 && (PictureCreditLine().IsMatch(line) || line.Length <= 20 && HeadingReader.IsKnownNetwork(line));

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})\s*(?:/|of)\s*(?<total>\d{1,3})\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex CountOutOfTotal();

    [GeneratedRegex(@"^[\[(]?\s*(?:image|photo|picture|pic|gallery|still|img)\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[\])]?$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PictureCounter();

    // "Photo: tvN", "Courtesy of Netflix", "Caption: The bus stop in the rain.", "© SBS", "Source: JTBC".
    [GeneratedRegex(@"^(?:(?:photo|image|picture|still|caption|credit|source)s?\s*(?:credit)?\s*:|courtesy(?:\s+of)?\s+\S|[©ⓒ])", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PictureCreditLine();

    private static bool IsCaptionWithItsSource(string line)
    {
        var match = CaptionThenSource().Match(line.Trim());
        return match.Success && TextShape.WordCount(match.Groups["caption"].Value) <= MaxCaptionWords && HeadingReader.IsKnownNetwork(match.Groups["source"].Value);
    }

    [GeneratedRegex(@"^(?<caption>[^.!?\n]{2,140}?)\.\s+(?<source>\p{L}[\p{L}+ ]{1,29})$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CaptionThenSource();

    // "£4.99/month", "$17.99", "From €9.99 per month": a price alone on its line.
    [GeneratedRegex(@"^(?:from\s+)?[£$€¥₩]\s?\d[\d,.]*(?:\s*(?:/|per|a)\s*(?:month|mo|year|yr|week))?$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Price();

    // "View Deal", "Check price", "See at Amazon", "Buy now", "Get offer": a shop's button.
    [GeneratedRegex(@"^(?:view|get|see|check|shop|buy)\s+(?:deals?|prices?|now|offers?|it|at\s+\S.{0,30})$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ShopButton();

    [GeneratedRegex(@"^(?:related(?: (?:stories|story|articles?|posts?|news|reading|content|topics?))?|must[- ]reads?|also read|read (?:also|more|next)|recommended(?: (?:for you|reading|stories))?|more (?:stories|to read|on this(?: story)?|about this)|don'?t miss|trending now|you (?:may|might) also like)\s*(?:\.{2,}|…|:)?$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex RelatedLabel();

    [GeneratedRegex(@"^(?:(?:photos?|images?|pictures?|screenshots?|featured image|cover image|header image|still)\s*(?:credits?|courtesy|source|via|from)\b|(?:image|photo|video|gif|still)\s*(?:credit|source)?\s*[:|=]|(?:clip|video|gif|footage)s?\s+(?:via|from|courtesy of)\b|credits?\s*:|sources?\s*:|via\s+\w+$|advertisement|sponsored\b|sponsor (?:message|content)\b|(?:also|must|don'?t miss|related)\s*read\b|read\s*:\s|skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation\b|see also\s*[:|]|read (?:also|more|next)\b|more\s*:\s|related(?:\s+(?:stories|articles?|posts?|news))?\s*[:|]|recommended\s*(?:for you)?\s*:|you may also like|you might also like|more from\b|share (?:this|on|via)\b|subscribe\b|sign up\b|newsletter\b|(?:get|join) (?:the|our)\b.{0,40}\bnewsletters?$|enter your email|follow us\b|follow \w+ on\b|last updated\b|updated\s*(?:on)?\s*[:|]?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|published\s*(?:on)?\s*[:|]?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|posted\s+(?:by|on)\b|(?:fact[- ]checked|medically reviewed)\s+by\b|close this (?:video )?player\b|\d+\s*min(?:ute)?s?\s*read\b|read(?:ing)? time\s*:|key highlights\b|shop (?:the look|now|it|this)\b|(?:we|i) may (?:earn|receive)\b|(?:support|fund) (?:independent |quality |our )?journalism\b|when you (?:buy|purchase|shop)(?: something)? (?:through|via|from|using) (?:links|our|a )|next\s*:|spoiler (?:warning|alert)\b|story continues below|scroll (?:down )?to continue|continue reading|click here\b|tap here\b|trending (?:now|stories|videos)\b|this article (?:first|originally) appeared|first appeared on\b|all rights reserved|[©ⓒ]|unauthori[sz]ed (?:reproduction|copying)\b|reproduction (?:and redistribution )?prohibited\b|you must register to\b|[^\n]{0,160}[.!?]\s+(?:sign up|subscribe)(?: (?:here|now|today|for free))?[.!]?$)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NoiseLine();

    [GeneratedRegex(@"^[Bb]y\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*(?:,|and|&)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]*){0,3}){0,3}\s*(?:[|·•,]\s*.*)?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:ad|ads|advert|loading(?:\s+the)?(?:\s+(?:player|video|comments))?\.*|comments?|\d+\s+comments?|no comments|leave a (?:comment|reply)|reply|tweet|pin it|share|email|print|home|menu|search|summary|key takeaways|highlights|table of contents|contents|in this article|spoilers? ahead.*|tags?\s*[:|].*|topics?\s*[:|].*|labels?\s*[:|].*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}(?:\s+\d{1,2}:\d{2}.*)?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|newer posts?|older posts?|newer post\s+older post.*|rate(?: this)?|mark as watched|(?:\+\s*)?add to (?:my )?(?:list|watchlist)|\+?\s*watchlist|my list|play(?: trailer| now)?|remind me|save(?: (?:article|story|for later|this))?|bookmark|sign in|log in|sort by\b.*|detailed view|compact view|\d+ titles)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ShortNoise();

    // Article toolbars: "Font size ▶ Print ▶ Share", "Share | Tweet | Email | 12 Comments", and their buttons pasted with
    // their brackets, "[Facebook] [Tweet] [Email] [Link]".
    [GeneratedRegex(@"^(?:\[?(?:font\s*size|text\s*size|print|share|e-?mail|tweet|like|save|copy link|link|facebook|x|twitter|flipboard|whatsapp|pinterest|reddit|linkedin|telegram|threads|link copied(?: to clipboard)?|listen|comments?|\d+(?:\.\d)?k?)\]?\s*(?:[▶►|·•/]\s*)?){1,8}$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Toolbar();

    // "If you like this, try: Some Title (also on Netflix).", "If you loved Goblin, watch: …": a pointer to another show
    // between the items, no item of its own.
    [GeneratedRegex(@"^if you (?:like|liked|love|loved|enjoy|enjoyed)\b[^,:]{1,60}[,:]\s*(?:try|watch|stream|check out|you'?ll (?:like|love))\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Recommendation();

    // A site's path to the page: "Home › K-Drama › Lists". A path from "Home" may end in the page's own headline ("Home »
    // Entertainment » 7 K-Drama Couples …"), whatever its words. (Paths with slashes: IsSectionPath.)
    [GeneratedRegex(@"^[\p{L}&' -]{2,30}(?:\s*[›»>]\s*[\p{L}&' -]{2,30}){1,5}$|^home(?:\s*[›»]\s*[\p{L}&' -]{2,30}){1,4}\s*[›»]\s*\S.{0,80}$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Breadcrumb();

    // News datelines and reporters' signatures: "Entertainment Desk | Reporter Han Ye-rin | 2024.11.08 09:12",
    // "Reporter Han Ye-rin hyr@example.co.kr", an e-mail address alone.
    [GeneratedRegex(@"^(?:[\p{L} ]{2,30}\s*\|\s*)?(?:reporter|correspondent|staff writer)\s+\p{Lu}|\S+@\S+\.\p{L}{2,}\s*$|\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\s+\d{1,2}:\d{2}|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d{2}\s+(?:by|[|·•—-])\s", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Dateline();

    // Watch prompts: "Watch “Goblin”:", "Watch Now", "Stream it on Netflix", "Where to watch: Viki".
    [GeneratedRegex(@"^(?:watch\s+now\b|watch\s+(?:it\s+)?(?:on|at|here)\b|watch\s*[“""'‘].{1,80}[”""'’]\s*[:.]?\s*(?:on\b.*|here\b.*)?$|watch\s+(?:the\s+)?(?:trailer|clip|scene|video)\b|watch\s*:\s+\S+(?:\s+\S+){2,}|stream(?:ing)?\s+(?:it\s+|now\s+|the series\s+|all episodes\s+)?(?:on|at|via)\b|available\s+(?:to stream\s+)?on\b|now streaming\b|where to (?:watch|stream)\b|binge it on\b|watch\s+.{1,80}\s+(?:on|at)\s+(?:netflix|viki|disney\+?|prime video|amazon prime|hulu|apple tv\+?|tving|wavve|coupang play|viu|iqiyi|kocowa|rakuten viki)\b.{0,20}$)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex WatchPrompt();

    // Image captions: "Above: Hyun Bin … (Photo: tvN)", "(Image: Netflix)", "Still from …".
    [GeneratedRegex(@"^(?:above|below|pictured|left|right|top|bottom)\s*:|\((?:photo|image|picture|still|source|credit)s?\s*(?:credit)?\s*[:|][^()]{1,60}\)\s*$|^(?:a\s+)?still\s+from\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Caption();

    // Lines that only social embeds write: handles with dates, pic links, "A post shared by".
    [GeneratedRegex(@"♬|^original sound\b|pic\.twitter\.com/|https?://t\.co/|^a post shared by\b|^view this post on instagram|^view (?:more )?on (?:instagram|tiktok|x|twitter)\b|^(?:[—–-]\s*)?[^()\n]{1,60}\(@\w{1,30}\)\s*(?:\p{L}+\.? \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4})?\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SocialLine();

    [GeneratedRegex(@"^(?:u/)?[\w.-]{3,30}\s*[·•]\s*\d{1,3}\s*(?:[smhdwy]|mo|mins?|hrs?|hours?|days?|weeks?|wks?|months?|years?|yrs?)\.?(?:\s+ago)?(?:\s*[·•].{0,30})?$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CommentAuthor();

    [GeneratedRegex(@"^view this post on instagram", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex InstagramStart();

    [GeneratedRegex(@"^\S{2,40} said:$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ForumQuoteStart();

    [GeneratedRegex(@"^(?:click|tap) to expand\W*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ForumQuoteEnd();

    [GeneratedRegex(@"^a post shared by\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex InstagramEnd();

    [GeneratedRegex(@"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex TweetAttribution();

    [GeneratedRegex(@"^(?:\d[\d,]*\s+(?:comments?|responses?|replies)\s*:?$|comments?\s*\(\d+\)$|\d+\s+(?:thoughts?|responses?) (?:on|to)\b|responses? to\b)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex CommentsStart();

    [GeneratedRegex(@"^(?:faqs?\b|frequently asked questions|q\s*[:.]\s|popular posts?|popular (?:on|stories|articles|news)|see also$|references$|external links$|further reading$|notes$|trivia$|gallery$|categories\s*:|(?:which|who|what)\b[^?]{0,80}\?\s*(?:vote|take (?:our|the) poll)\b|vote (?:below|now|here)\b|you (?:may|might) also (?:like|enjoy)|(?:students|people|users|readers|viewers|others) also (?:studied|viewed|liked|read|watched|searched)\b|related (?:posts?|articles?|stories|reading)|related\s*:?$|more (?:stories|articles|posts|lists|k-?drama)\b|more from\b|more (?:collections|like this)$|read next\b|recommended (?:for you|reading|stories)|trending\b|about the author|about me\b|meet the author|author bio|(?:[\p{Lu}][\p{L}'-]+ ){1,3}(?:is|writes) (?:a|an|the) (?:writer|editor|journalist|contributor|freelance|reporter|blogger)\b|disclaimer\b|labels?\s*:|tags?\s*:|topics?\s*:|(?:keywords|topics|tags)$|(?:coda|epilogue|conclusion|in conclusion|final thoughts|closing thoughts|why (?:this|it|it all) matters|(?:the )?bottom line|(?:the|key) takeaways?|wrapping (?:it )?up|final words?|to sum up|in summary)$|read more about\b|more about\s*:|most (?:popular|read|viewed|shared)$|share this\b|share (?:on|via)\b|posted by\b|newer post|older post|leave a (?:comment|reply)|\d+ comments?\b|comments?\s*\(\d+\)|keep up with\b|follow us\b|subscribe\b|sign up for\b|this article (?:first|originally) appeared|first appeared on\b)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex FooterStart();
}
