using System.Text.RegularExpressions;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Chat exports, forum threads and comment sections: the article is a run of messages, each under a header line saying who
/// wrote it and when (<c>[02-Nov-25 09:02 PM] some_user</c>, <c>some_user — Today at 9:07 PM</c>, <c>u/name · 4d</c>,
/// <c>Channel name, [10.03.2025 18:00]</c>), or with the header and the message on one line (<c>[21:04, 02/11/2025] Name: message</c>, <c>[21:04] &lt;nick&gt; message</c>).
/// Headers are found by line shape, as headings are. A message that names a drama opens a moment; replies, chatter and
/// further messages about the same drama belong to the moment above them.
/// </summary>
public static partial class ChatMessages
{
    /// <summary>A message header line, and the message's text when it stands on the same line.</summary>
    public sealed record Header(string? Body);

    /// <summary>The header a line is, or null. The line is read whitespace-folded.</summary>
    public static Header? Read(string line)
    {
        // "Read 9:36 PM" under a message is its receipt, not a header naming someone "Read".
        if (line.Length > MaxHeaderLength + MaxInlineBody || IsFurniture(line) || IsDayLine(line))
        {
            return null;
        }
        foreach (var reader in HeaderReaders)
        {
            if (reader(line) is { } header)
            {
                return header;
            }
        }
        return null;
    }

    // One reader per header shape, tried in this order; the first that recognises the line says what it is. A message on its
    // header's line goes first, so that its text is kept as the message's.
    private static readonly Func<string, Header?>[] HeaderReaders =
    [
        MessageOnItsHeaderLine,
        CommentAuthorLine,
        StampThenNameLine,
        ChannelPostLine,
        NameThenStampLine,
        EditedNameStampLine,
    ];

    private static readonly Header HeaderAlone = new(null);

    // "[21:04, 02/11/2025] Name: message", "[9:04 PM] <nick> message": the header and the message on one line.
    private static Header? MessageOnItsHeaderLine(string line) =>
        InlineMessage().Match(line) is { Success: true } inline && IsChatStamp(inline.Groups["stamp"].Value)
            ? new Header(inline.Groups["body"].Value.Trim())
            : null;

    // "u/name · 4d": a thread's author line (the page furniture reader knows its shapes).
    private static Header? CommentAuthorLine(string line) => PageFurniture.IsCommentAuthorLine(line) ? HeaderAlone : null;

    // "[02-Nov-25 09:02 PM] Mod Mochi", "2024-03-01 20:41:09 Mei": a chat's stamp, then a name.
    private static Header? StampThenNameLine(string line) =>
        line.Length <= MaxHeaderLength && StampThenName().Match(line) is { Success: true } stamped
            && IsChatStamp(stamped.Groups["stamp"].Value) && IsName(stamped.Groups["name"].Value)
            ? HeaderAlone
            : null;

    // "K-Drama Club, [10.03.2025 18:00]": a channel's name, then a chat's stamp in brackets.
    private static Header? ChannelPostLine(string line) =>
        line.Length <= MaxHeaderLength && NameThenBracketedStamp().Match(line) is { Success: true } channel
            && IsChatStamp(channel.Groups["stamp"].Value) && IsName(channel.Groups["name"].Value)
            ? HeaderAlone
            : null;

    // "Kkuljam — Today at 9:07 PM", "Me  9:32 PM": a name, then when; not a numbered line that ends with a time ("3. Drama
    // 9:07 PM").
    private static Header? NameThenStampLine(string line) =>
        line.Length <= MaxHeaderLength && NameThenStamp().Match(line) is { Success: true } named
            && IsName(named.Groups["name"].Value) && !IsNumberedName(named.Groups["name"].Value)
            ? HeaderAlone
            : null;

    private static bool IsName(string words) => TextShape.WordCount(words) <= MaxNameWords;

    // The number of "3. Drama 9:07 PM" stands before the name; in "Me 9:32 PM" the only digits are the clock's, which a
    // label-and-number reading ("Me 9") would take for a rank.
    private static bool IsNumberedName(string name) => ListMarker.Read(name.Trim()).IsNumbered;

    /// <summary>
    /// A line a chat export writes around messages, never a message's words: a block label (<c>{Reactions}</c>,
    /// <c>{Attachment}</c>), an attached file's name (<c>scene.gif</c>, <c>[Image: scene.jpg]</c>), an export's count
    /// (<c>Exported 24 message(s)</c>), a message's receipt (<c>Delivered</c>, <c>Read 9:36 PM</c>, <c>Seen</c>), and a reaction
    /// to an earlier message that quotes it (<c>❤️ Loved "see you at 8"</c>): its quotation is no one's line in a story.
    /// </summary>
    public static bool IsFurniture(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= 80 && (ExportFurniture().IsMatch(trimmed) || Receipt().IsMatch(trimmed))
            || trimmed.Length <= MaxInlineBody && Reaction().IsMatch(trimmed);
    }

    /// <summary>
    /// A reply to someone (<c>@name …</c>, <c>Replying to @name</c>, <c>&gt;&gt;1234</c>): a message answering another
    /// belongs to the moment it answers, whatever it names.
    /// </summary>
    public static bool IsReply(string message) => Reply().IsMatch(message.TrimStart());

    /// <summary>
    /// The dramas a message's opening names, as keys: the shelf's titles and abbreviations, and a title set off with its year
    /// (<c>Some Title (2024)</c>) or as the paragraph's anchor. Empty when the message names none.
    /// </summary>
    public static IReadOnlyList<string> DramasNamedIn(string opening)
    {
        var known = KnownDramas.NamedIn(opening).Select(n => n.Drama.Title).ToList();
        if (known.Count > 0)
        {
            return known;
        }
        // "easy. Healer. the phone call …": a sentence that is only a title the shelf knows names it, even in one word.
        if (SentenceBreak().Split(opening).Take(MaxTitleSentences).Select(s => KnownDramas.Find(s.Trim().TrimEnd('.', '!', '?'))).FirstOrDefault(d => d is not null) is { } sentenceTitle)
        {
            return [sentenceTitle.Title];
        }
        // "Okay so. Some Title (2021), obviously.": a title dated in one of the first sentences, however short the rest.
        if (SentenceBreak().Split(opening).Take(MaxTitleSentences).Select(DatedTitleIn).FirstOrDefault(t => t is not null) is { } datedInSentence)
        {
            return [datedInSentence.Title];
        }
        if (ItemAnchors.Read(opening) is { } anchor && HeadingReader.CleanTitle(WithoutParenthesis(anchor.Marker.Text)) is { Length: > 0 } title)
        {
            // A year beside the words is evidence enough; without one they must not read as chatter.
            // The words are judged as written: the title reading gives words in capitals a title's case.
            var written = WithoutParenthesis(anchor.Marker.Text);
            var dated = written.Length < anchor.Marker.Text.Length;
            return dated && title.Any(char.IsLetter) || !IsChatter(written) ? [title] : [];
        }
        return TitleAlone(opening) is { } alone ? [alone] : [];
    }

    /// <summary>
    /// A title dated in a message's sentence (<c>Mine is Some Title (2018).</c>): the capitalised words right before the
    /// year's parenthesis, as written with it, and where they start; null when the sentence dates none.
    /// </summary>
    public static (string Title, string Written, int At)? DatedTitleIn(string sentence)
    {
        var match = DatedTitle().Match(sentence);
        if (!match.Success || IsChatter(match.Groups["title"].Value) || HeadingReader.CleanTitle(match.Groups["title"].Value) is not { Length: > 0 } title)
        {
            return null;
        }
        return (title, match.Value, match.Index);
    }

    // The capitalised run (with a title's small words inside it) closed by a year in parentheses.
    [GeneratedRegex(@"(?<title>[\p{Lu}\d][\p{L}\d'’&.-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d'’&.-]*|of|the|a|an|in|on|to|and|for|with|at|by|from|del|de|la))*)\s+\((?:19|20)\d{2}\)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DatedTitle();

    /// <summary>
    /// Words that open a message like a title but are chat, not a drama: shouted (<c>OMG THE FOAM</c>), two people's names
    /// (<c>Man-wol and Chan-sung!!</c>), or no word at all (<c>that was 2024.</c> ends in a year, not a title).
    /// </summary>
    public static bool IsChatter(string title)
    {
        var words = title.TrimEnd('!', '?', '.');
        return words.Count(char.IsLetter) < 3 || IsShouted(words) || HeadingReader.LooksLikePeople(HeadingReader.CleanTitle(words));
    }

    // "Her Private Life!!" alone as a message's first sentence: a few words in title case, no one's name, are a title.
    private const int MaxTitleWords = 8;

    // A message names its drama in its first few sentences ("ok round 2. Some Title. the umbrella …").
    private const int MaxTitleSentences = 3;

    [GeneratedRegex(@"(?<=" + TextShape.NotAfterAddress + @"[.!?])\s+", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SentenceBreak();

    // A title the shelf does not know has two words at least: one capitalised word alone ("Candle.", "Rain.") is a reply, a
    // vote, a word said back; so is a question ("Bus arm?"), an exclamation ("Oh my God.") and words said to someone
    // ("Buses are romantic, Dani.": the titles with a comma are the shelf's), and so is a greeting ("Hi all!", "Morning everyone").
    private static string? TitleAlone(string opening)
    {
        var first = FirstSentence().Match(opening).Value.Trim();
        return TextShape.WordCount(first) is >= 2 and <= MaxTitleWords && !first.EndsWith('?') && !first.Contains(',') && !Interjection().IsMatch(first)
            && !SaidAsAClause().IsMatch(first) && TextShape.CapitalisedShare(first) >= 0.6 && !TextShape.ReadsAsSentence(first) && !IsChatter(first)
            ? HeadingReader.CleanTitle(first.TrimEnd('!', '?'))
            : null;
    }

    // "It is.", "Stop it.", "And then Won Bin shows up.", "Last one.": said in the talk, not named; a title the shelf does
    // not know seldom opens with "and" or "then", has a personal pronoun for a word, or only counts the picks.
    [GeneratedRegex(@"^(?:and|but|so|or|then)\b|\b(?:it|he|she|they|we|i|him|them|us)\b|^(?:first|second|third|fourth|fifth|next|last|final|another)\s+(?:one|pick|up|scene)[.!]*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SaidAsAClause();

    [GeneratedRegex(@"^(?:oh|ah|aw+|wow|omg|lol|haha\w*|yes|no|ok|okay|yeah|yay|hmm+|ugh|wait|same|fine|sorry|thanks|thank you|hi|hiya|hello|hey|morning|good (?:morning|afternoon|evening)|dear|cheers)\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Interjection();

    [GeneratedRegex(@"^.*?(?:" + TextShape.NotAfterAddress + @"[.!?]+(?=\s|$)|$)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex FirstSentence();

    // "Some Title (2024)": the anchor keeps its parenthesis as written; the drama is the words before it.
    private static string WithoutParenthesis(string heading) =>
        heading.IndexOf(" (", StringComparison.Ordinal) is > 0 and var open ? heading[..open] : heading;

    // A message header is no longer than a name and a date; a message on its header's line is a chat line.
    private const int MaxHeaderLength = 80;
    private const int MaxInlineBody = 2000;
    private const int MaxNameWords = 4;

    // The stamp of a chat, not a video's time code ("[11:30]" heads a show note's chapter): a date, a clock time with AM/PM,
    // "Today at"/"Yesterday at", or a transcript's turn "at 0:02:41" into the recording (SpeakerTranscripts).
    private static bool IsChatStamp(string stamp) => ChatStamp().IsMatch(stamp);

    [GeneratedRegex(@"\b\d{1,2}[-/.](?:\d{1,2}|[A-Za-z]{3,9})[-/.]\d{2,4}\b|\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b|\b\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm]\b|\b(?:today|yesterday)\s+at\b|^at \d{1,2}:\d{2}:\d{2}$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ChatStamp();

    // "[02-Nov-25 09:02 PM] Mod Mochi 🍡": the stamp in brackets, then a name of a few words and nothing else; a whole date
    // and time needs no brackets ("2024-03-01 20:41:09 Mei 🐱", as WeChat's and QQ's exporters write it).
    [GeneratedRegex(@"^(?:\[(?<stamp>[^\[\]]{4,40})\]|(?<stamp>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?))\s+(?<name>[^\s.!?:,](?:[^.!?:,]|\.(?=\S)){0,38})$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex StampThenName();

    // "Kkuljam — Today at 9:07 PM", "Kkuljam — 11/02/2025 9:07 PM", "yeonsu_stan  09:04 PM": a name, then when.
    [GeneratedRegex(@"^(?<name>[^\s\[](?:[^.!?:,\[\]]|\.(?=\S)){0,38}?)\s*(?:[—–|·•-]\s*)?(?:(?:today|yesterday)\s+at\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm])?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm])?|\d{1,2}:\d{2}\s*[AaPp]\.?[Mm])$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex NameThenStamp();

    // "K-Drama Club 🎬, [10.03.2025 18:00]": a channel's or a group's name, then when, in brackets (a copied Telegram post).
    [GeneratedRegex(@"^(?<name>[^\s\[](?:[^.!?:,\[\]]|\.(?=\S)){0,38}?),?\s*\[(?<stamp>[^\[\]]{4,40})\]$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex NameThenBracketedStamp();

    // "[21:04, 02/11/2025] Name: message", "02/11/2025, 21:04 - Name: message", "[9:04 PM] <nick> message".
    [GeneratedRegex(@"^(?:\[(?<stamp>[^\[\]]{4,40})\]|(?<stamp>\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm])?)\s+[-–]\s)\s*(?:<[^<>\s]{1,30}>|[^:<>\[\]]{1,30}:)\s+(?<body>\S.*)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex InlineMessage();

    [GeneratedRegex(@"^(?:\{[A-Za-z ]{3,20}\}|[\w.-]{1,80}\.(?:gif|png|jpe?g|webp|mp4|mov|webm)|exported \d+ messages?(?:\(s\))?|\(?edited\)?)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex ExportFurniture();

    [GeneratedRegex(@"^(?:delivered|sent|seen|read)(?:\s+(?:at\s+|by\s+\S.{0,30}?\s+)?(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|yesterday|today|\p{L}{3}\s+\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}))?$|^\[(?:image|photo|video|gif|sticker|attachment|audio|file)(?::\s*[^\[\]]{1,80})?\]$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Receipt();

    /// <summary>
    /// A day alone on its line (<c>Sat, Feb 14, 2026</c>, <c>Monday, December 1st</c>): among a chat's messages, the day those
    /// below it were sent; elsewhere it may be a post's date over its headline.
    /// </summary>
    public static bool IsDayLine(string line) => line.Length <= 40 && DayLine().IsMatch(line.Trim());

    // "Sat, Feb 14, 2026", "Monday, December 1st", "14 February 2026": a day alone on its line.
    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)(?:,?\s+(?:19|20)\d{2})?$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex DayLine();

    // "❤️ Loved "see you at 8"", "Laughed at “…”", "Emphasized an image": a tapback names the message it reacts to.
    [GeneratedRegex(@"^(?:\p{So}\uFE0F?\s*)?(?:loved|liked|disliked|laughed at|emphasi[sz]ed|questioned|reacted \S{1,8} to)\s+(?:[""“”'‘].*[""“”'’]|an? (?:image|photo|video|message|attachment|sticker))$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Reaction();

    [GeneratedRegex(@"^(?:@\S|replying to\s+@|>>\d)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Reply();
}
