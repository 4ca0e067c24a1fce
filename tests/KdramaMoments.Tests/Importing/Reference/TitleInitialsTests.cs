using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Tests.Importing.Reference;

/// <summary>Initials derived from the titles the shelf knows, and how the shelf lets them name a drama.</summary>
public sealed class TitleInitialsTests
{
    [Theory]
    [InlineData("Crash Landing on You", "CLOY CLY")]
    [InlineData("Hometown Cha-Cha-Cha", "HCCC")]
    [InlineData("It's Okay to Not Be Okay", "IOTNBO IONBO")]
    [InlineData("The Legend of the Blue Sea", "TLOTBS LBS")]
    [InlineData("She Was Pretty", "SWP")]
    public void Of_ATitleOfThreeWordsOrMore_IsItsInitialsWithAndWithoutSmallWords(string title, string expected) =>
        Assert.Equal(expected.Split(' '), TitleInitials.Of(title));

    [Theory]
    [InlineData("Goblin")] // one word
    [InlineData("Fight Club")] // two: too short to tell from any other pair of capitals
    [InlineData("Reply 1988")] // a number: fans write it otherwise
    [InlineData("Oh My Ghost")] // "OMG" is what chat writes for something else
    public void Of_ATitleWhoseInitialsProveNothing_HasNone(string title) =>
        Assert.Empty(TitleInitials.Of(title));

    private static KnownDramas.Shelf Shelf(params string[] rows) =>
        KnownDramas.Shelf.Read(new StringReader("title\tx\n" + string.Join('\n', rows) + "\n"));

    [Fact]
    public void Shelf_DerivedInitials_NameTheDramaOnlyInCapitals()
    {
        var shelf = Shelf("Moonlit Garden Story\t\t\t\t2020\tKBS2", "Quiet Harbour Days\t\t\t\t2021\tMBC");

        Assert.Equal("Moonlit Garden Story", shelf.Find("MGS")?.Title);
        Assert.Null(shelf.Find("Mgs"));
        Assert.Equal(["Quiet Harbour Days"], shelf.NamedIn("we rewatched QHD last night".Split(' ')).Select(n => n.Drama.Title));
        Assert.Empty(shelf.NamedIn("we rewatched qhd last night".Split(' ')));
        Assert.Empty(shelf.Problems);
    }

    [Fact]
    public void Shelf_InitialsTwoDramasShare_NameNeither()
    {
        var shelf = Shelf("Winter Tea Whispers\t\t\t\t2020\tKBS2", "Wild Tiger Woods\t\t\t\t2021\tMBC", "Silver Bell Road\t\t\t\t2019\tSBS");

        Assert.Null(shelf.Find("WTW"));
        Assert.Equal("Silver Bell Road", shelf.Find("SBR")?.Title);
    }

    [Fact]
    public void Shelf_InitialsThatAreAlreadyAName_StayThatDramas()
    {
        // "GSG" is listed for one drama; another's initials spelling the same add nothing.
        var shelf = Shelf("Golden Star Girl\t\t\t\t2020\tKBS2", "Gone South Gently\t\tGSG\t\t2021\tMBC");

        Assert.Equal("Gone South Gently", shelf.Find("GSG")?.Title);
        Assert.Empty(shelf.Problems);
    }

    [Fact]
    public void Shelf_InitialsInAShoutedRun_AreShouting()
    {
        var shelf = Shelf("Quiet Harbour Days\t\t\t\t2021\tMBC");

        Assert.Empty(shelf.NamedIn("I SAID QHD NOW".Split(' ')));
        Assert.Single(shelf.NamedIn("QHD ep 4 made me cry".Split(' ')));
    }

    [Fact]
    public void KnownDramas_InitialsOfAShelfTitle_FindIt() =>
        Assert.Equal("She Was Pretty", KnownDramas.Find("SWP")?.Title);
}
