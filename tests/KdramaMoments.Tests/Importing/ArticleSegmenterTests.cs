using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

public sealed class ArticleSegmenterTests
{
    private const string Body = "Kim Shin (Gong Yoo) walks out of the tunnel to save her.";

    [Theory]
    [InlineData("#1 First", "#2 Second", "#3 Third")]
    [InlineData("No. 1: First", "No. 2: Second", "No. 3: Third")]
    [InlineData("I. First", "II. Second", "III. Third")]
    [InlineData("## 3. First", "## 2. Second", "## 1. Third")]
    [InlineData("1) First", "2) Second", "3) Third")]
    [InlineData("10 First", "9 Second", "8 Third")]
    [InlineData("1.First", "2.Second", "3.Third")]
    public void Segment_HeadingStyles_FindThreeItems(string first, string second, string third)
    {
        var text = $"A title line for the list\n\nSome intro.\n\n{first}\n\n{Body}\n\n{second}\n\n{Body}\n\n{third}\n\n{Body}\n";
        var segments = ArticleSegmenter.Segment(text);
        Assert.NotNull(segments);
        Assert.Equal(["First", "Second", "Third"], segments.Items.Select(i => i.Heading));
        Assert.All(segments.Items, i => Assert.Equal([Body], i.Blocks));
    }

    [Fact]
    public void Segment_NumberedTitleAndReadingTime_AreNotPartOfTheList()
    {
        const string Body = "\n\nThe couple meets again after years apart and finally says what they felt.\n\n";
        var text = "6 Most Romantic Scenes\n\n4 MIN READ\n\n1. One" + Body + "2. Two" + Body + "3. Three" + Body;
        var segments = ArticleSegmenter.Segment(text)!;
        Assert.Equal(["One", "Two", "Three"], segments.Items.Select(i => i.Heading));
        Assert.Equal("6 Most Romantic Scenes", segments.Title);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Also read: 10 more dramas")]
    [InlineData("Photos credit to cosmo | youtube")]
    [InlineData("Credit : SCMP")]
    [InlineData("Source : Cosmopolitan")]
    [InlineData("By Mina Park | December 2, 2024")]
    [InlineData("Last updated:")]
    [InlineData("4 MIN READ")]
    [InlineData("in ,")]
    [InlineData("*Source: Soompi*")]
    public void IsNoise_PageFurniture_True(string line) => Assert.True(ArticleSegmenter.IsNoise(line));

    [Theory]
    [InlineData("By the end, after so much suffering, their ending feels completely earned.")]
    [InlineData("Kim Shin (Gong Yoo) walks out of the tunnel.")]
    public void IsNoise_Sentences_False(string line) => Assert.False(ArticleSegmenter.IsNoise(line));

    [Fact]
    public void Segment_NoList_ReturnsNull() =>
        Assert.Null(ArticleSegmenter.Segment("Just a paragraph about dramas.\n\nAnd another one, with no list at all."));
}
