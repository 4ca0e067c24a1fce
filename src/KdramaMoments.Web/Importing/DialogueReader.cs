using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// The lines the characters speak in an item's paragraphs: quoted text in any quote style, less what only looks
/// like dialogue. A short pipeline: find the quoted spans, keep those that read as speech, then drop titles and names,
/// song titles, and words spoken by someone outside the story (an interviewee, a fan, a social post). Linear. Pure.
/// </summary>
public static partial class DialogueReader
{
    /// <summary>A quoted span: its words and where it sits in the paragraph.</summary>
    private readonly record struct Quoted(string Content, int Start, int End, bool SingleQuotes);

    public static List<string> Find(IReadOnlyList<string> paragraphs) => Find(paragraphs, []);

    /// <summary>
    /// The item's dialogue, knowing its characters (full names and the given names they go by): a quotation a speech verb gives
    /// to one of them (<c>…," Se-ri tells him</c>, <c>when Do-hwan says, "…"</c>) is dialogue, whoever else the sentence names;
    /// one a pronoun's verb gives to someone a report names by family name (<c>For Park, … "…," she said</c>) or who says
    /// it to the writer (<c>"…," she told us</c>) is an interviewee's.
    /// </summary>
    public static List<string> Find(IReadOnlyList<string> paragraphs, IReadOnlyCollection<string> characters)
    {
        var quotes = new List<string>();
        var reactions = StackedReactions(paragraphs);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (reactions[i] || IsSocialPost(paragraphs, i))
            {
                continue;
            }
            Quoted? lastOutsiderQuote = null;
            foreach (var span in QuotedSpans(paragraph).OrderBy(q => q.Start))
            {
                var speaker = Speaker(paragraph, span, characters);
                var outsider = IsSaidByAnOutsider(paragraph, span, speaker, characters)
                    || speaker is Attribution.Unknown && lastOutsiderQuote is { } earlier && ContinuesAnOutsider(paragraph, earlier, span);
                if (outsider)
                {
                    lastOutsiderQuote = span;
                }
                else if (ReadsAsSpeech(span) && !NamesSomething(span.Content) && !IsLabel(paragraph, span) && !IsSongTitle(paragraph, span)
                    && (speaker is Attribution.Character || !IsUnnamedOutsiderOrMention(paragraph, span)))
                {
                    quotes.Add(span.Content);
                }
            }
        }
        return quotes.Distinct().ToList();
    }

    // Straight, curly, low-high („…“), guillemet («…») and corner-bracket (「…」) double quotes; then single quotes,
    // whose apostrophes inside a word ("Let's", "I’m") do not close them.
    private static IEnumerable<Quoted> QuotedSpans(string paragraph)
    {
        foreach (Match m in DoubleQuoted().Matches(paragraph))
        {
            yield return new Quoted(m.Groups["q"].Value.Trim(), m.Index, m.Index + m.Length, false);
        }
        foreach (Match m in SingleQuoted().Matches(paragraph))
        {
            yield return new Quoted(m.Groups["q"].Value.Trim(), m.Index, m.Index + m.Length, true);
        }
    }

    // Single quotes also mark titles and scare quotes, so a single-quoted span needs three words and a sentence's end
    // or a speaker's "I" or "you" as well.
    private static bool ReadsAsSpeech(Quoted span)
    {
        var speech = TextShape.IsDialogue(span.Content) || (TextShape.WordCount(span.Content) >= 2 && AddressesSomeone(span.Content));
        return speech && (!span.SingleQuotes
            || (TextShape.WordCount(span.Content) >= 3 && (span.Content[^1] is '.' or '!' or '?' or '…' or ',' || AddressesSomeone(span.Content))));
    }

    /// <summary>Words only speech uses: "I", "you", "me", "we", "let's", however capitalised or contracted.</summary>
    private static bool AddressesSomeone(string text) => PersonalWord().IsMatch(text);

    /// <summary>
    /// A title or a name in quotes ("Crash Landing on You.", "Chief Hong," with the sentence's comma inside the
    /// quotes): every word capitalised but the small words titles keep, and no question or exclamation.
    /// </summary>
    public static bool NamesSomething(string quoted)
    {
        var text = quoted.Trim().TrimEnd('.', ',', '…', ';', ':').Trim();
        if (text.Length == 0 || text[^1] is '!' or '?')
        {
            return false;
        }
        var words = text.Split([' ', '/', '–', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\'', '"', '“', '”', '‘', '’', '(', ')', ',', ':', ';', '.'))
            .Where(w => w.Length > 0 && char.IsLetterOrDigit(w[0]))
            .ToList();
        return words.Count >= 2 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || TitleSmallWords.Contains(w));
    }

    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "on", "in", "to", "for", "with", "from", "by", "at", "and", "or", "but", "nor", "is", "vs", "as",
    };

    /// <summary>
    /// Quoted words that are named or mentioned, not spoken: what something is called (known as "the foam kiss",
    /// critics called it "a love story for grown-ups", translates to "…"); a quotation that a determiner or a possessive
    /// makes a noun (not the "I love you" you expect, the fandom's "Spoon couple" (a character's "…" is their line), a "who will she marry" mystery);
    /// one that modifies a noun of kind after it ("…" trope, "…" energy); words said to be left unsaid (never says "…",
    /// her way of saying "…"); and a noun phrase opened by "a" or "an" that addresses no one.
    /// </summary>
    public static bool IsLabel(string paragraph, int start, int end, string content)
    {
        var from = Math.Max(0, start - 60);
        var text = content.Trim();
        return LabelBefore().IsMatch(paragraph.AsSpan(from, start - from))
            || KindAfter().IsMatch(paragraph.AsSpan(end))
            || (text.Length > 0 && IndefiniteStart().IsMatch(text) && !AddressesSomeone(text) && text[^1] is not ('?' or '!'));
    }

    private static bool IsLabel(string paragraph, Quoted span) => IsLabel(paragraph, span.Start, span.End, span.Content);

    private enum Attribution
    {
        Unknown,
        Character,
        Outsider,
    }

    /// <summary>
    /// Who a speech verb right after or before the quotation says spoke it: a character of the item (named, or a pronoun
    /// whose nearest name before it is one), an outsider (a pronoun telling the writer, or whose nearest name ends in a family
    /// name with no given name, as reports name interviewees: "Park", "Critic Jang"), or unknown.
    /// </summary>
    private static Attribution Speaker(string paragraph, Quoted span, IReadOnlyCollection<string> characters)
    {
        var after = SpeechVerbAfter().Match(paragraph, span.End, Math.Min(paragraph.Length - span.End, 80));
        var before = after.Success ? Match.Empty : SpeechVerbBefore().Match(paragraph[Math.Max(0, span.Start - 80)..span.Start]);
        var attribution = after.Success ? after : before;
        if (!attribution.Success)
        {
            return Attribution.Unknown;
        }
        if (attribution.Groups["listener"].Success && WriterOrPress().IsMatch(attribution.Groups["listener"].Value))
        {
            return Attribution.Outsider;
        }
        var who = attribution.Groups["who"].Value;
        if (!PronounSpeaker().IsMatch(who))
        {
            return IsCharacter(who, characters) ? Attribution.Character : Attribution.Unknown;
        }
        // "he tells her": the pronoun stands for the last name written before the quotation.
        var earlier = CapitalisedRun().Matches(paragraph[..span.Start]).LastOrDefault(m => !PronounSpeaker().IsMatch(m.Value));
        if (earlier is null)
        {
            return Attribution.Unknown;
        }
        var words = earlier.Value.Split(' ').Where(w => !LeadWords.Contains(w) && !PersonNames.IsJobWord(w)).ToList();
        return IsCharacter(earlier.Value, characters) || words.Count > 0 && IsCharacter(string.Join(' ', words), characters) ? Attribution.Character
            : words.Count > 0 && PersonNames.IsSurname(words[^1]) && words.Count(PersonNames.IsSurname) == 1 ? Attribution.Outsider
            : Attribution.Unknown;
    }

    // "CEO Kim Joo-won": the name a described speaker ends with may be a character's, whatever words stand before it.
    private static bool NamesACharacter(string words, IReadOnlyCollection<string> characters)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, parts.Length).Any(k => IsCharacter(string.Join(' ', parts[k..]), characters));
    }

    private static bool IsCharacter(string name, IReadOnlyCollection<string> characters) =>
        characters.Any(c => PersonNames.RomanisationKey(c) == PersonNames.RomanisationKey(name) || PersonNames.IsNameSuffix(name, c));

    // Capitalised words before a name that are not part of it: "For Park", "Critic Kim", "When Do-hwan".
    private static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal)
    {
        "For", "To", "As", "When", "While", "Then", "But", "And", "So", "The", "A", "An", "In", "On", "At", "After", "Before", "Later", "Earlier", "According",
    };

    // A quotation that ends its sentence ('"…accept." By the time he realizes, …') is followed by the next sentence, not by
    // its singer.
    private static bool IsSongTitle(string paragraph, Quoted span) =>
        (!EndsASentence(span.Content) && SongContext().IsMatch(paragraph.AsSpan(span.End))) || SongLeadIn().IsMatch(paragraph.AsSpan(0, span.Start));

    private static bool EndsASentence(string content) => content.Length > 0 && content[^1] is '.' or '!' or '?' or '…';

    /// <summary>
    /// Words quoted from an interview, a poll or a fan ("…," Jung said; A respondent in her 30s said, "…"; "…," my
    /// therapist said): the speaker is named by what they are outside the story, next to a reporting verb.
    /// </summary>
    private static bool IsSpokenOutsideTheStory(string paragraph, Quoted span, IReadOnlyCollection<string> characters)
    {
        var before = paragraph[Math.Max(0, span.Start - 80)..span.Start];
        var after = paragraph[span.End..Math.Min(paragraph.Length, span.End + 80)];
        if (OutsiderBefore().IsMatch(before))
        {
            return true;
        }
        // "…," Sydney nurse Jo Tran said / said Perth student Jo Tran / Dr Kim said: a report introduces its interviewees by
        // what they do or where they live, or by a title and family name; a story's characters are named, not described so.
        // 'Some Title (2016) really said "…"', 'the show basically went "…"': the writer's paraphrase of what the story does.
        var paraphrased = StoryAsSpeaker().Match(before);
        if (paraphrased.Success && !NamesACharacter(paraphrased.Groups["who"].Value, characters))
        {
            return true;
        }
        var described = DescribedSpeaker().Match(after);
        if (described.Success && !NamesACharacter(described.Groups["name"].Value, characters))
        {
            return true;
        }
        // A family name alone is how a report names its interviewee ("Park said"); characters go by given or full names.
        var m = OutsiderAfter().Match(after);
        return m.Success && (!m.Groups["name"].Success || PersonNames.IsSurname(m.Groups["name"].Value));
    }

    /// <summary>
    /// A line of a report that opens with a quotation and gives it to its speaker, then goes on (<c>"…," Dr Kim said. "…"</c>,
    /// <c>"…," said one viewer.</c>): a sentence, however short its words outside the quotes, never a heading.
    /// </summary>
    public static bool IsReportedSpeech(string line) => ReportedSpeech().IsMatch(line.Trim());

    /// <summary>
    /// An embedded post or comment written out as text: it holds, or sits right under, a line that is only a handle
    /// ("@name", "name @name") or a reblog's "… reblogged this from … and added:"; it is a "POV:" caption or carries
    /// hashtags; or right over it is the post's footer ("Reply · 312 likes", "6:12 PM · Apr 18, 2019", "♬ original sound").
    /// </summary>
    public static bool IsSocialPost(IReadOnlyList<string> paragraphs, int index)
    {
        var paragraph = paragraphs[index];
        var before = index > 0 ? paragraphs[index - 1].TrimEnd() : string.Empty;
        var after = index + 1 < paragraphs.Count ? paragraphs[index + 1].TrimStart() : string.Empty;
        return PostLine().IsMatch(paragraph) || PostHeader().IsMatch(before[(before.LastIndexOf('\n') + 1)..]) || PostFooter().IsMatch(after);
    }

    /// <summary>
    /// Two or more lines in a row that are each one quotation, with no one said to say them: readers' reactions
    /// stacked under an item ("Honestly the second couple was just as good." / "I need a drama like this every year."),
    /// whether the lines share a paragraph or stand one to a paragraph. Lines the prose introduces with a colon ("…and says
    /// the most quoted line of the show:") are the show's, however many follow.
    /// </summary>
    private static bool[] StackedReactions(IReadOnlyList<string> paragraphs)
    {
        var marked = new bool[paragraphs.Count];
        var lone = paragraphs.Select(p => WholeLineQuotation().IsMatch(p.Trim())).ToArray();
        var introduced = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            // A run of lone quotations goes on being introduced by the paragraph before its first line.
            introduced = lone[i] && (introduced || (i > 0 && !lone[i - 1] && paragraphs[i - 1].TrimEnd().EndsWith(':')));
            var lines = paragraphs[i].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            marked[i] = (lines.Length >= 2 && lines.Count(WholeLineQuotation().IsMatch) >= 2)
                || (lone[i] && !introduced && ((i > 0 && lone[i - 1]) || (i + 1 < paragraphs.Count && lone[i + 1])));
        }
        return marked;
    }

    [GeneratedRegex(@"(?:^|[\s(—–-])(?:I|[Ii](?:['’](?:m|ll|ve|d))|[Yy]ou(?:['’](?:re|ll|ve|d))?|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Yy]our|[Ll]et['’]s)(?=[\s,.!?…—–-]|$)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PersonalWord();

    [GeneratedRegex(@"[""“„«「](?<q>[^""“”„«»「」\n]{2,400}?)[""”“»」]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DoubleQuoted();

    [GeneratedRegex(@"(?<![\p{L}])[‘'](?<q>(?:[^'‘’\n]|(?<=\p{L})['’](?=\p{L})){2,300}?)[’'](?![\p{L}])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SingleQuoted();

    // What stands right before a quotation that names or mentions: a naming verb and its object ("called it", "known
    // simply as", "described Gwan-sik as", "calling him the ultimate"), a determiner or a possessive, a negation, a gloss
    // ("is called Urijib — "), or words on the screen ("the screen fills with", "the title card reads").
    [GeneratedRegex(@"(?:\b(?:screen|title\s+card|caption|on-screen\s+text)\s+(?:fills\s+with|filled\s+with|reads|read|flashes|flashed|shows|showed)|\b(?:(?:called|calls|call|calling)\s+(?:it|this|that|them|him|her|(?:the|this|that)\s+\p{Ll}+)|(?:is|was|are|were|be|been|being)\s+called|dubbed|dubs|nicknamed|labell?ed|titled|(?:known|remembered|referred\s+to)(?:\s+\p{Ll}+)?\s+as|described(?:\s+\S+){0,3}\s+as|sold\s+as|billed\s+as|translates?\s+(?:to|as)|means|standard\s+for)(?:\s+(?:simply|just|only))?(?:\s+(?:a|an|the)(?:\s+(?:ultimate|perfect|true|real|original|resident|classic))?)?|\b(?:a|an|the|another|this|its|their|our|more|less)|(?<![\p{L}\-])(?!(?:it|he|she|that|what|there|here|who|let|where)['’])\p{Ll}+['’]s|\b(?:[Nn]ot|[Nn]ever|[Ww]ithout)(?:\s+\p{Ll}+){0,2}|n['’]t(?:\s+\p{Ll}+){0,2}|\b(?:way|instead)\s+of\s+(?:saying|telling\s+\p{Ll}+)|\bcalled\s+\p{Lu}\S*\s*[—–-])\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex LabelBefore();

    // A quotation used to qualify a noun of kind: "a 'rich guy meets poor girl' story", "'why do I feel this way' energy".
    [GeneratedRegex(@"^\s+(?:trope|tropes|energy|vibes?|mystery|story|storyline|moment|moments|scene|kind|type|era|phase|fake-?out|cliché|formula|genre|arc|territory|mode|treatment|effect|speech|confession)\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex KindAfter();

    [GeneratedRegex(@"^(?:[Aa]|[Aa]n)\s", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex IndefiniteStart();

    [GeneratedRegex(@"^\s*(?:by\s+\p{Lu}|plays?\b|playing\b|is playing|performed)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SongContext();

    [GeneratedRegex(@"(?:song|ost|track|theme|single|album|dance to|sings?|singing|titled|called|trope|slogan|hashtag)[,:]?\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex SongLeadIn();

    // "A respondent in her 30s said, ", "Critic Kim wrote: ", "one viewer commented that ". Not when a pronoun between
    // them is the verb's subject ("she is an idol fan and he says "…"").
    [GeneratedRegex(@"\b(?:respondents?|critics?|columnists?|reviewers?|therapist|professor|experts?|analysts?|officials?|spokes(?:person|man|woman)|producers?|director|PD|screenwriter|writer|fans?|viewers?|netizens?|commenters?|users?|readers?|redditors?|followers?|audiences?|internet|twitter|fandom|everyone|everybody)\b(?:(?!\b(?:he|she|they|we|I)\b)[^.!?""“”]){0,50}\b(?:said|says|explained|noted|added|told|wrote|writes|commented|recalled|remarked|observed|put|puts|went|screamed|yelled)\b[^.!?""“”]{0,20}[,:]?\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex OutsiderBefore();

    // "…," Jung said.  "…," my therapist said.  "…," the director told reporters.
    [GeneratedRegex(@"^\s*[,.]?\s*(?:(?:my|the|a|an|one)\s+)?(?:respondent|critic|columnist|reviewer|therapist|professor|expert|analyst|official|spokes(?:person|man|woman)|producer|director|PD|screenwriter|writer|fan|viewer|netizen|commenter|user|reader|(?<name>\p{Lu}\p{Ll}+))\s+(?:said|explained|noted|added|told\s+(?:reporters|us|me|\p{Lu}\w+)|wrote|commented|recalled|remarked|observed)\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex OutsiderAfter();

    // '…," she said', '…," Se-ri tells him', '…?" he asks her quietly': a speaker and a speech verb right after the quotation.
    [GeneratedRegex(@"\G\s*[,.]?\s*(?<who>[Hh]e|[Ss]he|[Tt]hey|\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,2})\s+(?:said|says|tells|told|asks|asked|admits|admitted|replies|replied|whispers|whispered|adds|added|explains|explained|insists|insisted)\b(?:\s+(?<listener>us|me|reporters|\p{Ll}+|\p{Lu}[\p{L}\-]+))?", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SpeechVerbAfter();

    // 'when Do-hwan says, "…"', 'he tells her: "…"': a speaker and a speech verb right before it.
    [GeneratedRegex(@"(?<who>\b[Hh]e|\b[Ss]he|\b[Tt]hey|\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,2})\s+(?:says|said|tells|told|asks|asked|whispers|whispered|replies|replied|admits|admitted)(?:\s+(?<listener>us|me|reporters|him|her|them|\p{Lu}[\p{L}\-]+))?\s*[,:]?\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SpeechVerbBefore();

    // A speaker described before the name ("Sydney public servant Jo Tran said", "said Perth student Jo Tran") or named by a
    // title and family name ("Dr Kim said", "said Professor Lim").
    [GeneratedRegex(@"^\s*[,.]?\s*(?:(?<verb>said|says|wrote|added|explained)\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}\-]+\s+){1,3}(?<name>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){1,2})|(?<name>(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s\p{Lu}\p{Ll}+))(?(verb)(?=\s*[.,;]|\s*$)|\s+(?:said|says|wrote|added|explained)\b)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DescribedSpeaker();

    // '"…," Dr Kim said. "…"', '"…," said one viewer.', '"…?" asked Jo Tran, a student.': a quotation, its speaker and verb
    // (in either order), then the sentence goes on or ends.
    [GeneratedRegex(@"^[""“‘'][^\n]{2,400}?[,!?…][""”’']\s+(?:(?:said|says|asked|wrote|added|explained|told)\s+[^.!?—–|()]{1,60}?|(?:\S+\s+){1,5}?(?:said|says|asked|wrote|added|explained|told|recalled|admitted)(?:\s+\p{Ll}+)?)[.,]", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ReportedSpeech();

    [GeneratedRegex(@"(?:(?:\((?:19|20)\d{2}\)|\b(?:show|drama|series|writers?|script|finale|ending))\s+(?:really\s+|basically\s+|literally\s+)?(?:said|says|went|goes)|(?<who>\S+(?:\s\S+){0,2})\s+really\s+(?:said|says|went))\s*[,:]?\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex StoryAsSpeaker();

    [GeneratedRegex(@"^(?:[Hh]e|[Ss]he|[Tt]hey)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex PronounSpeaker();

    [GeneratedRegex(@"^(?:us|me|reporters|the\s+press)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex WriterOrPress();

    [GeneratedRegex(@"\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,3}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"^[""“„«‘'][^\n]{2,400}[""”“»’']$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex WholeLineQuotation();

    [GeneratedRegex(@"(?:^|\n)\s*(?:@[\w.]{2,30}|[\w.-]{2,30}\s+@[\w.]{2,30})\s*(?:\n|$)|\breblogged\s+this\b|(?:^|\n)\s*POV:|(?:^|\n)\s*Reply\s*[·•]|\b\d[\d.,]*[Kk]?\s+(?:likes|retweets|reposts)\b|#\w+\s+#\w+", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PostLine();

    [GeneratedRegex(@"^\s*(?:@[\w.]{2,30}|[\w.-]{2,30}\s+@[\w.]{2,30})\s*$|\breblogged\s+this\b.*:\s*$|\band\s+added:\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PostHeader();

    [GeneratedRegex(@"^(?:Reply\s*[·•]|♬|\d{1,2}:\d{2}\s*(?:AM|PM)?\s*[·•]|\d[\d.,]*[Kk]?\s+(?:likes|retweets|reposts)\b)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex PostFooter();
}
