using KdramaMoments.Web.Search;

namespace KdramaMoments.Tests.Search;

/// <summary>How typed words become the words a match must hold, and how a snippet's sentence is chosen.</summary>
public sealed class SearchWordsTests
{
    [Fact]
    public void GlueWords_AreNotRequiredBesideOtherWords() =>
        Assert.Equal(["kiss", "rain"], SearchQuery.Parse("a kiss in the rain").Words);

    [Fact]
    public void OnlyGlueWords_AreAllRequired() =>
        Assert.Equal(["in", "the"], SearchQuery.Parse("In the").Words);

    [Fact]
    public void Sentences_EndAtStopsBeforeSpacesAndAtLineBreaks() =>
        Assert.Equal(
            ["She said “Stay.”", "He stayed!", "Episode 5 ends", "Then it rains"],
            Highlight.Sentences("She said “Stay.” He stayed!\nEpisode 5 ends\n\nThen it rains").ToList());

    [Theory]
    // As typed, in any case; by the romanisation key both ways (Hyun/Hyeon, Jung/Jeong, Yoon/Yun); accents and
    // apostrophes folded away; a word that only contains the searched one, or whose key does not start with its key, is not marked.
    [InlineData("Hyun Bin and Son Ye-jin", "hyeon", "Hyun")]
    [InlineData("HYEON-BIN", "hyun", "HYEON-BIN")]
    [InlineData("Jung Hae-in, Yoon Se-ri", "jeong", "Jung")]
    [InlineData("Jung Hae-in, Yoon Se-ri", "yun", "Yoon")]
    [InlineData("Café didn’t close", "cafe", "Café")]
    [InlineData("Café didn’t close", "didnt", "didn’t")]
    [InlineData("Goblin2 and goblins", "goblin", "Goblin2|goblins")]
    [InlineData("Seoul, suul, seol", "seoul", "Seoul|suul")]
    [InlineData("Moonlight over Mun-dae", "mun", "Moonlight|Mun-dae")]
    [InlineData("Hamoon, Kimchi", "moon", "")]
    [InlineData("Kimchi and Kim", "kim", "Kimchi|Kim")]
    public void Mark_MarksWordsStartingWithASearchedWordOrItsRomanisation(string text, string word, string marked) =>
        Assert.Equal(marked, string.Join('|', Highlight.Mark(text, [word]).Where(r => r.Marked).Select(r => r.Text)));

    [Fact]
    public void BestSentence_IsTheOneWithMostMatches() =>
        Assert.Equal("The kiss in the rain.", string.Concat(Highlight.BestSentence("A kiss. The kiss in the rain. Rain again", ["kiss", "rain"], 20)!.Select(r => r.Text)));
}
