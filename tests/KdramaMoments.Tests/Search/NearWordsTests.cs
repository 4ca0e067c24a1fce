using KdramaMoments.Web.Search;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// "Did you mean" finds the name words within an edit distance (<see cref="NameWords.Near"/>); the letters filter that
/// rules most words out before the distance is computed must never rule out a near one.
/// </summary>
public sealed class NearWordsTests
{
    [Fact]
    public void Near_FindsExactlyTheWordsWithinTheDistance_AsComparingEveryWordWould()
    {
        // Invented words: every one-letter change of "velmora" (swaps, drops, doubles, other letters), some two-letter
        // changes, words sharing its letters in another order, Hangul and accented letters, and unrelated words.
        var stem = "velmora";
        var words = new HashSet<string>(StringComparer.Ordinal) { "mervola", "amorvel", "velmorra", "vlemora", "evlmora", "velmorá", "벨모라", "벨모라스", "quintax", "zzzzzzz", "velm", "ora" };
        var random = new Random(7);
        const string letters = "abcdefghijklmnopqrstuvwxyzé벨";
        for (var i = 0; i < 3000; i++)
        {
            var chars = stem.ToList();
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0 when chars.Count > 1:
                        chars.RemoveAt(at);
                        break;
                    case 1:
                        chars.Insert(at, letters[random.Next(letters.Length)]);
                        break;
                    default:
                        chars[at] = letters[random.Next(letters.Length)];
                        break;
                }
            }
            words.Add(new string(chars.ToArray()));
        }
        var vocabulary = new NameWords(words.Select(w => new SearchTerm(w, 1)));

        foreach (var asked in new[] { stem, "velmra", "vemlora", "velmoras", "벨모라", "quintex", "mervola" })
        {
            foreach (var limit in new[] { 1, 2 })
            {
                var expected = words.Select(w => (w, d: NameWords.Distance(asked, w))).Where(x => x.d <= limit).OrderBy(x => x.w, StringComparer.Ordinal).ToList();
                var found = vocabulary.Near(asked, limit).Select(x => (x.Term.Term, x.Distance)).OrderBy(x => x.Term, StringComparer.Ordinal).ToList();
                Assert.Equal(expected, found);
                Assert.NotEmpty(found);
            }
        }
    }

    [Theory]
    [InlineData("umbrella", "umbrela", 1, true)]
    [InlineData("hyunbin", "hyeonbin", 2, true)]
    [InlineData("hyunbin", "hyeonbin", 1, false)]
    [InlineData("garden", "danger", 0, true)]
    [InlineData("garden", "gordon", 1, false)]
    [InlineData("secret", "parkji", 2, false)]
    public void LettersFilter_RulesOutOnlyWordsTooFarApart(string a, string b, int limit, bool mayBeWithin)
    {
        Assert.Equal(mayBeWithin, NameWords.MayBeWithin(NameWords.Letters(a), NameWords.Letters(b), limit));
        if (!mayBeWithin)
        {
            Assert.True(NameWords.Distance(a, b) > limit);
        }
    }
}
