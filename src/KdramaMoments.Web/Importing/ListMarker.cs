using System.Globalization;
using System.Text;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// How a line opens, if it opens like a list item: <c>1.</c> <c>1)</c> <c>#1</c> <c>#1:</c> <c>No. 1 |</c>
/// <c>Number 1:</c> <c>1/</c> <c>I.</c> <c>**1.**</c> <c>## 1.</c> an emoji, or nothing. <see cref="Shape"/> names
/// the marker without its number, so the items of one list share it.
/// </summary>
public sealed partial record ListMarker(string Shape, int? Number, string Text)
{
    public bool IsNumbered => Number is not null;

    /// <summary>
    /// A number a headline opens with to say how many it promises ("7 K-Drama Moments That …", "The 8 Most …", "Top 10 …"),
    /// no list's marker.
    /// </summary>
    public bool IsCount => IsNumbered && Shape is "num" or LabelKind + "the" or LabelKind + "top";

    /// <summary>A rank said aloud in a transcript ("number five.", "and at number one,"), not written as a heading.</summary>
    public bool IsSpoken => Shape.EndsWith(SpokenKind, StringComparison.Ordinal);

    /// <summary>The time code the line opens with, in seconds ("[11:30]" → 690), when it opens with one.</summary>
    public int? Seconds { get; init; }

    /// <summary>
    /// A counter, not a title: the number is followed by nothing but counting and timing ("Slide 3 of 8", "CLIP 3 · 00:41:10",
    /// "Scene 4 — ep. 9", "Part 5"). Its item's title, if any, is the line under it.
    /// </summary>
    public bool IsCounter { get; init; }

    /// <summary>A Markdown heading's level ("## 1." → 2, "### Goblin" → 3); 0 for a line that is no Markdown heading.</summary>
    public int Level { get; init; }

    /// <summary>Reads the marker at the start of a line; a line without one has the shape "plain".</summary>
    public static ListMarker Read(string line)
    {
        var marker = ReadMarker(line, out var level);
        return level == 0 ? marker : marker with { Level = level };
    }

    /// <summary>
    /// A Markdown heading read as a section of its level alone, whatever its words open with ("## 100 Days My Prince",
    /// "## Goblin (2016)", "## Mr. Queen"): a writer who gives each item a heading of one level has made them one list
    /// however each is titled. Null for a line that is no Markdown heading.
    /// </summary>
    public static ListMarker? Section(string line)
    {
        var rest = line.Trim();
        var level = HeadingLevel(rest);
        return level > 0 ? new ListMarker(SectionShape, null, CleanText(rest[level..].Trim())) { Level = level } : null;
    }

    // "## Title" → 2: one to six hashes and a space open a Markdown heading; 0 for any other line.
    private static int HeadingLevel(string trimmed)
    {
        var hashes = 0;
        while (hashes < trimmed.Length && hashes < 6 && trimmed[hashes] == '#')
        {
            hashes++;
        }
        return hashes > 0 && hashes < trimmed.Length && trimmed[hashes] == ' ' ? hashes : 0;
    }

    /// <summary>The shape of <see cref="Section"/>'s markers.</summary>
    public const string SectionShape = "hsection";

    private static ListMarker ReadMarker(string line, out int level)
    {
        level = 0;
        var decoration = new StringBuilder();
        var rest = line.Trim();

        // Markdown heading hashes ("## 3. Title") and bold or italic wrappers ("**3.** Title", "**Title**").
        if (HeadingLevel(rest) is > 0 and var hashes)
        {
            level = hashes;
            decoration.Append('h');
            rest = rest[hashes..].TrimStart();
        }
        if (rest.StartsWith("**", StringComparison.Ordinal) || rest.StartsWith("__", StringComparison.Ordinal))
        {
            decoration.Append('b');
            rest = rest[2..].TrimStart();
        }

        // "🎬 DAY 3 · Title", "✨ 2. Title": an emoji set before a rank decorates it; the rank is the marker.
        if (IsEmoji(rest, out var bullet) && ReadNumber(rest[bullet..]) is { Kind: { } ranked, Number: not null } && ranked.StartsWith(LabelKind, StringComparison.Ordinal))
        {
            decoration.Append('e');
            rest = rest[bullet..];
        }

        // "2:15 #6 Drama", "[11:30] Drama", "(1:02:40) Drama", "04:18 – Drama": a video chapter or a show note opens with its
        // time code; the rank, if any, follows it.
        int? seconds = null;
        if (Timestamp().Match(rest) is { Success: true } stamp)
        {
            decoration.Append('t');
            seconds = TimeCode(stamp.Groups["code"].Value);
            rest = rest[stamp.Length..];
        }

        // "[No. 6] Drama", "[3] Drama": a bracketed rank.
        if (rest.Length > 2 && rest[0] == '[' && ReadNumber(rest[1..]).Kind is not null)
        {
            decoration.Append('k');
            rest = rest[1..];
        }

        var (kind, number, after) = ReadNumber(rest, captioned: seconds is not null);
        if (kind is null)
        {
            return new ListMarker(decoration + "plain", null, CleanText(rest)) { Seconds = seconds };
        }
        // A bold wrapper may close right after the number: "**1.** Goblin".
        var delimiter = new StringBuilder();
        var i = 0;
        // A speaker's pause after a spoken rank may be a comma or an exclamation ("number three, Some Title").
        while (i < after.Length && i < 6 && (after[i] is ',' or '!' or ';' && kind == SpokenKind || after[i] is '*' or '_' or ' ' or '.' or ')' or ':' or '/' or '|' or '-' or '–' or '—' or ']' or '·' or '•' or '∙' or '\u00A0' or '\uFE0F' or '\u20E3' or '\t'))
        {
            // A tab sets a rank apart as a space does ("1<TAB>Title", a list's rank column copied from a web page).
            if (after[i] is not ' ' and not '*' and not '_' and not '\u00A0' and not '\uFE0F' and not '\t')
            {
                delimiter.Append(after[i] switch { '–' or '—' => '-', '•' or '∙' => '·', _ => after[i] });
            }
            i++;
        }
        var text = after[i..];
        // "Part 5", "ENTRY 6": a label and its number alone on the line count the items of a document.
        // "0:38 and finally number one": a caption may say the rank alone, its title on the next caption.
        // "II." or "3." alone: a section's number, over the section's title or its prose.
        var labelAlone = text.Length == 0 && (kind.StartsWith(LabelKind, StringComparison.Ordinal) || kind == SpokenKind && seconds is not null
            || kind is "num" or "roman" && delimiter.ToString() is "." or ")");
        if (!labelAlone && (text.Length == 0 || (delimiter.Length == 0 && i == 0 && kind != "emoji")))
        {
            return new ListMarker(decoration + "plain", null, CleanText(rest)) { Seconds = seconds }; // "10th", "1988": a word, not a marker
        }
        var clean = CleanText(text);
        // A spoken rank ends in whatever pause the speaker made ("number five." then "number three,"): its shape is the word alone.
        if (kind == SpokenKind)
        {
            return new ListMarker($"{decoration}{kind}", number, clean) { Seconds = seconds };
        }
        // A counter's delimiter only introduces its time or episode, which a document gives to some counters and not others
        // ("Scene 3", "Scene 4 — ep. 9"): its shape is the label alone.
        return CounterInfo.IsOnlyCounting(clean)
            ? new ListMarker($"{decoration}{kind}", number, clean) { Seconds = seconds, IsCounter = true }
            : new ListMarker($"{decoration}{kind}{delimiter}", number, clean) { Seconds = seconds };
    }

    private const string LabelKind = "label-";
    private const string SpokenKind = "spoken";

    private static readonly string[] NumberNames =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    // A number said in words ("five" → 5), or in digits after a spoken lead-in ("coming in at number 3,"); else null.
    private static int? SpokenNumber(System.Text.RegularExpressions.Match spoken)
    {
        var n = spoken.Groups["n"].Value;
        var named = Array.FindIndex(NumberNames, w => string.Equals(w, n, StringComparison.OrdinalIgnoreCase));
        return named >= 0 ? named + 1 : spoken.Groups["lead"].Length > 0 ? Digits(n).Number : null;
    }

    // The pattern's \d is any script's digit ("[١:٣٠]"), so each is read by its value, as Digits does.
    private static int TimeCode(string code) =>
        code.Split(':').Aggregate(0, (total, part) => total * 60 + part.Aggregate(0, (n, c) => n * 10 + CharUnicodeInfo.GetDecimalDigitValue(c)));

    private static int? CircledNumber(char c) => c switch
    {
        >= '\u2460' and <= '\u2473' => c - '\u2460' + 1, // ① … ⑳
        >= '\u24EB' and <= '\u24F4' => c - '\u24EB' + 11, // ⓫ … ⓴
        >= '\u24F5' and <= '\u24FE' => c - '\u24F5' + 1, // ⓵ … ⓾
        >= '\u2776' and <= '\u277F' => c - '\u2776' + 1, // ❶ … ❿
        >= '\u2780' and <= '\u2789' => c - '\u2780' + 1, // ➀ … ➉
        >= '\u278A' and <= '\u2793' => c - '\u278A' + 1, // ➊ … ➓
        _ => null,
    };

    private static (string? Kind, int? Number, string After) ReadNumber(string s, bool captioned = false)
    {
        if (s.Length == 0)
        {
            return (null, null, s);
        }
        // "number five.", "coming in at number three,", "and at number one, …": a rank spoken in a transcript, its number a
        // word or said after a lead-in. The written "Number 1:" is read below. Automatic captions write no pauses, so under a
        // caption's time code the rank runs into the words after it ("0:38 so number six is Some Title").
        if ((captioned ? SpokenRankInCaption() : SpokenRank()).Match(s) is { Success: true } spoken && SpokenNumber(spoken) is { } said)
        {
            return (SpokenKind, said, s[(spoken.Groups["n"].Index + spoken.Groups["n"].Length)..]);
        }
        // "No. 1", "No.1", "Number 1", "Nr. 1"
        foreach (var word in NumberWords)
        {
            if (s.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var (n, length) = Digits(s.AsSpan(word.Length).TrimStart(' ').ToString());
                if (n is not null)
                {
                    var offset = s.Length - s.AsSpan(word.Length).TrimStart(' ').Length;
                    return ("no", n, s[(offset + length)..]);
                }
            }
        }
        // A label and a number: "Scene 1:", "Day 3 —", "Moment 2", "Top 5:", in any case ("CLIP 3 ·", "part 3 |"). The label,
        // lowercased, is part of the shape, so a document's "CLIP 1" and "Clip 2" are one list.
        var label = LabelNumber().Match(s);
        if (label.Success && Digits(s[label.Groups["n"].Index..]) is { Number: not null } labelled)
        {
            return (LabelKind + label.Groups["label"].Value.ToLowerInvariant(), labelled.Number, s[(label.Groups["n"].Index + labelled.Length)..]);
        }
        // "① Title", "❸ Title": a number in a circle, as Korean and Japanese pages number their lists.
        if (CircledNumber(s[0]) is { } circled)
        {
            return ("circled", circled, s[1..]);
        }
        if (s[0] == '#')
        {
            var (n, length) = Digits(s[1..]);
            return n is null ? (null, null, s) : ("hash", n, s[(1 + length)..]);
        }
        var (number, digits) = Digits(s);
        // "1st:", "2nd —", "10th." — an ordinal rank, when a delimiter follows it ("10th anniversary" is a phrase).
        if (number is not null && digits + 3 < s.Length && OrdinalSuffix(s.Substring(digits, 2)) && s[digits + 2] is ':' or '.' or ')' or '-' or '–' or '—' or '|')
        {
            return ("ord", number, s[(digits + 2)..]);
        }
        // "2/8 Title": a thread's post counter, its number out of the thread's count; the count is no part of the title.
        if (number is not null && PostCounter().Match(s) is { Success: true } counter && int.Parse(counter.Groups["of"].Value, CultureInfo.InvariantCulture) >= number)
        {
            return ("post", number, s[counter.Length..]);
        }
        if (number is not null)
        {
            return ("num", number, s[digits..]);
        }
        var roman = 0;
        while (roman < s.Length && roman < 7 && "IVXLC".Contains(s[roman], StringComparison.Ordinal))
        {
            roman++;
        }
        if (roman > 0 && roman < s.Length && s[roman] is '.' or ')' or ':' && RomanToInt(s[..roman]) is > 0 and var value)
        {
            return ("roman", value, s[roman..]);
        }
        if (IsEmoji(s, out var emojiLength))
        {
            return ("emoji", null, s[emojiLength..]);
        }
        return (null, null, s);
    }

    /// <summary>One to three decimal digits of any script ("12", "１２", "١٢"), as a number.</summary>
    private static (int? Number, int Length) Digits(string s)
    {
        var value = 0;
        var length = 0;
        while (length < s.Length && length < 4 && CharUnicodeInfo.GetDecimalDigitValue(s[length]) is >= 0 and var digit)
        {
            value = value * 10 + digit;
            length++;
        }
        return length is 0 or > 3 || value == 0 ? (null, 0) : (value, length);
    }

    // Pictographs and dingbats used as bullets: "💘 Goblin", "★ Healer", "• Run On".
    private static bool IsEmoji(string s, out int length)
    {
        length = 0;
        while (length < s.Length)
        {
            var rune = Rune.GetRuneAt(s, length);
            var category = Rune.GetUnicodeCategory(rune);
            var symbol = category is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol
                || rune.Value is '•' or '▪' or '►' or '▶' or '➤' or '✔' or '✅' or '\u200D' or '\uFE0F';
            if (!symbol)
            {
                break;
            }
            length += rune.Utf16SequenceLength;
        }
        var start = length;
        while (length < s.Length && s[length] == ' ')
        {
            length++;
        }
        return start > 0 && length > start && length < s.Length;
    }

    private static bool OrdinalSuffix(string suffix) => suffix.ToLowerInvariant() is "st" or "nd" or "rd" or "th";

    private static string CleanText(string text)
    {
        text = text.Trim();
        // Closing bold or italic marks and a trailing markdown hash run.
        text = text.Trim('*', '_').Trim();
        return text;
    }

    private static readonly string[] NumberWords = ["Number ", "No. ", "No.", "No ", "Nr. ", "Num. "];

    private static int RomanToInt(string roman)
    {
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var value = RomanValue(roman[i]);
            total += i + 1 < roman.Length && RomanValue(roman[i + 1]) > value ? -value : value;
        }
        return total is > 0 and <= 100 ? total : 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}/(?<of>\d{1,3})(?=[ \u00A0]+\S)", System.Text.RegularExpressions.RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex PostCounter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<label>\p{Lu}\p{Ll}{1,11}|\p{Lu}{2,12}|\p{Ll}{2,12})\.?[ \u00A0]?#?(?<n>\d)", System.Text.RegularExpressions.RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex LabelNumber();

    // The lead-ins a speaker puts before a rank ("and", "okay so", "coming in at", "landing at"), "number", the number, then a pause.
    private const string SaidRank = @"^(?<lead>(?:(?:and|so|okay|ok|now|then|next|finally|alright)[,]?\s+){0,3}(?:(?:coming|landing|sitting|clocking)\s+in\s+at\s+|(?:landing|sitting|in)\s+at\s+|at\s+)?)?number\s+(?<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,2})";

    [System.Text.RegularExpressions.GeneratedRegex(SaidRank + @"(?=\s*[.,:;!—–-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex SpokenRank();

    // In a caption the pause may be unwritten: the rank ends at a space or the end of the line.
    [System.Text.RegularExpressions.GeneratedRegex(SaidRank + @"(?=\s*[.,:;!—–-]|\s|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex SpokenRankInCaption();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?<code>(?:\d{1,2}:)?\d{1,2}:\d{2})\s+|[\[(](?<code>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]\s*)(?:[-–—|]\s+)?(?=\S)", System.Text.RegularExpressions.RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex Timestamp();

    private static int RomanValue(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 100,
    };
}
