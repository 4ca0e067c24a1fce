using KdramaMoments.Web.Domain;

namespace KdramaMoments.Tests.Domain;

public sealed class TitleAbbreviationTests
{
    [Theory]
    [InlineData("Crash Landing on You", "CLOY")]
    [InlineData("Descendants of the Sun", "DOTS")]
    [InlineData("What’s Wrong With Secretary Kim?", "WWWSK")]
    [InlineData("The King: Eternal Monarch", "TKEM")]
    [InlineData("Hometown Cha-Cha-Cha", "HCCC")]
    [InlineData("It's Okay to Not Be Okay", "IOTNBO")]
    [InlineData("Love & Marriage & Divorce", "LMD")]
    public void TitleOfThreeWordsOrMore_GivesTheInitialsFansUse(string title, string expected) =>
        Assert.Equal(expected, Names.Abbreviation(title));

    [Theory]
    [InlineData("Goblin")]
    [InlineData("Lovely Runner")]
    [InlineData("사랑의 불시착 이야기")]
    [InlineData("")]
    public void ShortOrNonLatinTitle_HasNone(string title) => Assert.Null(Names.Abbreviation(title));
}
