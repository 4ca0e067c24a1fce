using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Another country's version of the drama, mentioned as a fun fact ("GMA made its own version in 2020, starring A and B",
/// "the Filipino adaptation starring A and B", "a Thai remake with A"): the people named in that sentence are the remake's
/// cast, not this drama's. An adaptation of a webtoon or a novel is the drama itself, so only a remake, a local or own version,
/// or a version or adaptation named by its country counts.
/// </summary>
public static partial class CastReader
{
    /// <summary>The text with each sentence about another version blanked out, every other character where it was.</summary>
    internal static string WithoutOtherVersions(string text)
    {
        if (!OtherVersion().IsMatch(text))
        {
            return text;
        }
        var chars = text.ToCharArray();
        foreach (Match sentence in Sentence().Matches(text))
        {
            if (OtherVersion().IsMatch(sentence.Value))
            {
                for (var i = sentence.Index; i < sentence.Index + sentence.Length; i++)
                {
                    if (chars[i] != '\n')
                    {
                        chars[i] = ' ';
                    }
                }
            }
        }
        return new string(chars);
    }

    [GeneratedRegex(@"\b(?:remake|remade|(?:own|local|foreign|overseas|Filipino|Philippine|Pinoy|Thai|Indian|Turkish|American|Chinese|Japanese|Vietnamese|Indonesian|Mexican|Spanish|US|PH)\s+(?:adaptation|version|remake))\b", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex OtherVersion();

    // A sentence: up to its stop and the space after it, or to the end of its line.
    [GeneratedRegex(@"[^.!?\n]+(?:[.!?]+(?=\s|$)|(?=\n)|$)", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Sentence();
}
