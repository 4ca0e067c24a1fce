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

    [Fact]
    public void BestSentence_IsTheOneWithMostMatches() =>
        Assert.Equal("The kiss in the rain.", string.Concat(Highlight.BestSentence("A kiss. The kiss in the rain. Rain again", ["kiss", "rain"], 20)!.Select(r => r.Text)));
}
