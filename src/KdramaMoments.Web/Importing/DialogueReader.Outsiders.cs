using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Quotations that are not dialogue because someone outside the story says them, though no name is given: a speaker
/// described, not named (<c>"…," one producer on the series told the magazine</c>, <c>one staffer summed it up best: "…"</c>,
/// Taglish <c>"…," sabi ng isang netizen</c>); the rest of an outsider's words after their attribution (<c>"…," the
/// producer said. "…"</c>, <c>"…," Dr Kim said. "…"</c>); and a phrase the writer mentions after a preposition
/// (<c>a masterclass in "we are so over it"</c>).
/// </summary>
public static partial class DialogueReader
{
    private const int MaxAttributionLength = 120;

    /// <summary>
    /// A quotation its attribution gives to someone outside the story: an interviewee by family name, a pronoun telling the
    /// writer, a speaker described by what they do or by "one …". A character's name beside it wins.
    /// </summary>
    private static bool IsSaidByAnOutsider(string paragraph, Quoted span, Attribution speaker, IReadOnlyCollection<string> characters) =>
        speaker is Attribution.Outsider
        || speaker is not Attribution.Character && (IsSpokenOutsideTheStory(paragraph, span, characters)
            || DescribedSpeakerAfter().IsMatch(paragraph.AsSpan(span.End, Math.Min(paragraph.Length - span.End, 80))));

    /// <summary>A quotation said by an unnamed speaker described before it, or mentioned after a preposition.</summary>
    private static bool IsUnnamedOutsiderOrMention(string paragraph, Quoted span)
    {
        var before = paragraph[Math.Max(0, span.Start - 80)..span.Start];
        return DescribedSpeakerBefore().IsMatch(before) || MentionedAfterPreposition().IsMatch(before);
    }

    // '"…," the producer said. "…"', '"…," Dr Kim said. "…"': a quotation that resumes right after an outsider's quotation,
    // with nothing between them but who said it, is the same outsider's.
    private static bool ContinuesAnOutsider(string paragraph, Quoted earlier, Quoted span) =>
        span.Start > earlier.End && span.Start - earlier.End <= MaxAttributionLength
        && AttributionBetweenQuotations().IsMatch(paragraph.AsSpan(earlier.End, span.Start - earlier.End));

    private const string SpeechVerbs = @"said|says|told|tells|wrote|writes|added|commented|explained|recalled|noted|remarked|observed|admitted|joked|summed\s+(?:it\s+)?up|put\s+it";

    // '…," one producer on the series told', '…," the producer said', '…," sabi ng isang netizen': a speaker described by
    // "one" and a few words, or by what they are outside the story and a few words, then a speech verb.
    // '…," one said', '…," another added': "one" alone is one of the people the report asked; a character is named.
    // '…," said Noura, 22, a university student', '…," said Reem, a 27-year-old pharmacist', '…," Noura, 22, said': a name
    // given an age is an interviewee's, as a report introduces its people (the name's capitals matched as written: the
    // pattern ignores case for its verbs).
    [GeneratedRegex(@"^\s*[,.]?\s*(?:(?:one|another)\s+(?:" + SpeechVerbs + @")\b|(?:(?:" + SpeechVerbs + @")\s+)?(?-i:\p{Lu}[\p{L}\-’']+(?:\s\p{Lu}[\p{L}\-’']+){0,2}),\s+(?:\d{1,3},|an?\s+\d{1,3}-year-old\b)|one\s+(?:[\p{L}\-’']+\s+){1,5}?(?:" + SpeechVerbs + @")\b|(?:the|a|an|our|my)\s+(?:producer|director|writer|screenwriter|critic|editor|staffer|insider|source|spokesperson|executive|fan|viewer|netizen|reader)s?(?:\s+[\p{L}\-’']+){0,4}?\s+(?:" + SpeechVerbs + @")\b|sabi\s+(?:ng|ni)\b)", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex DescribedSpeakerAfter();

    // 'one Seventeen staffer summed it up best in our group chat: "…"': a speaker described by "one" and a few words.
    [GeneratedRegex(@"\bone\s+(?:[\p{L}\-’']+\s+){1,4}?(?:" + SpeechVerbs + @")\b[^.!?""“”]{0,40}[,:]?\s*$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex DescribedSpeakerBefore();

    // 'a masterclass in "…"', 'the whole point of "…"': a phrase mentioned as the object of a preposition.
    [GeneratedRegex(@"\b(?:in|of|about)\s*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex MentionedAfterPreposition();

    // ', the producer said. ', ' Dr Kim continued: ': nothing between two quotations but who said them.
    [GeneratedRegex(@"^\s*[,.]?\s*[^""“”„«»]{0,100}?\b(?:" + SpeechVerbs + @"|adds|continued)\b[^""“”„«»]{0,60}?[.,:;]\s*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AttributionBetweenQuotations();
}
