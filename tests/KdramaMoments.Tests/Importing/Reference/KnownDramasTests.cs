using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Tests.Importing.Reference;

/// <summary>The reference shelf's file and its look-ups.</summary>
public sealed class KnownDramasTests
{
    private static string ShelfPath => Path.Combine(Path.GetDirectoryName(RepositoryPaths.Seeds)!, "src", "KdramaMoments.Web", "Importing", "Reference", "known-dramas.tsv");

    [Fact]
    public void ShelfFile_EveryRowParses_NoNameBelongsToTwoDramas()
    {
        using var reader = new StreamReader(ShelfPath);
        var shelf = KnownDramas.Shelf.Read(reader);

        Assert.Empty(shelf.Problems);
        Assert.True(shelf.Dramas.Count >= 400, $"the shelf holds {shelf.Dramas.Count} dramas");
        Assert.All(shelf.Dramas, d => Assert.True(d.Year is null or >= 2000 and <= 2026, $"{d.Title}: {d.Year}"));
        Assert.Equal(shelf.Dramas.Count, shelf.Dramas.Select(d => Names.Normalize(d.Title)).Distinct().Count());
        // The embedded copy is the file.
        Assert.Equal(shelf.Dramas.Count, KnownDramas.All.Count);
    }

    [Theory]
    [InlineData("title\tx\nJust a title\n", "expected 6")]
    [InlineData("title\tx\nSome Drama\t\t\t\tnineteen\tKBS2\n", "is not a year")]
    [InlineData("title\tx\nSome Drama\tSD\t\t\t2010\tKBS2\nOther Drama\tSD\t\t\t2011\tMBC\n", "already a name of \"Some Drama\"")]
    public void ShelfFile_BadRow_IsNamed(string text, string problem)
    {
        var shelf = KnownDramas.Shelf.Read(new StringReader("# comment\n" + text));

        Assert.Contains(shelf.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Goblin", "Guardian: The Lonely and Great God")]
    [InlineData("guardian - the lonely and great god", "Guardian: The Lonely and Great God")]
    [InlineData("CLOY", "Crash Landing on You")]
    [InlineData("What’s Wrong With Secretary Kim?", "What's Wrong with Secretary Kim")]
    [InlineData("DOTS", "Descendants of the Sun")]
    public void Find_AnyNameInATitleSlot_IsTheDrama(string written, string title)
    {
        Assert.Equal(title, KnownDramas.Find(written)?.Title);
    }

    [Fact]
    public void Find_AnUnknownTitle_IsNull()
    {
        Assert.Null(KnownDramas.Find("The Lighthouse Keeper's Daughter"));
        Assert.Empty(KnownDramas.OtherNames("The Lighthouse Keeper's Daughter"));
    }

    [Fact]
    public void NamedIn_ATitleThenItsOtherNameInParentheses_IsTwoMentionsOfOneDrama_NeitherRunningIntoTheOther()
    {
        var named = KnownDramas.NamedIn("ok #1 for me: Moon Lovers (Scarlet Heart Ryeo), 2016.").ToList();

        Assert.Equal(["Moon Lovers", "Scarlet Heart Ryeo"], named.Select(n => n.Text));
        Assert.All(named, n => Assert.Equal("Moon Lovers: Scarlet Heart Ryeo", n.Drama.Title));
    }

    [Theory]
    [InlineData("We rewatched Crash Landing on You last week and cried again.", "Crash Landing on You")]
    [InlineData("Every rewatch of CLOY ends the same way.", "CLOY")]
    [InlineData("My sister still hums the theme of Goblin at breakfast.", "Goblin")]
    [InlineData("Nobody in Hi Bye, Mama! gets a simple ending.", "Hi Bye, Mama!")]
    [InlineData("Fans of Mr. Queen still quote the palace scenes.", "Mr. Queen")]
    [InlineData("Even in Ms. Hammurabi the judges find time to flirt.", "Ms. Hammurabi")]
    [InlineData("The last one we finished was The King: Eternal Monarch.", "The King: Eternal Monarch")] // a title's colon ends no clause
    public void NamedIn_Prose_FindsTheTitleAsWritten(string prose, string written)
    {
        Assert.Equal(written, Assert.Single(KnownDramas.NamedIn(prose)).Text);
    }

    [Theory]
    [InlineData("Signal lights blinked over the bridge while we waited.")] // one word opening a sentence
    [InlineData("The dots on the map were the places they met.")] // a word-like abbreviation
    [InlineData("Even DOTS fans admit the helicopter scene is silly.")] // a word-like abbreviation, even in capitals
    [InlineData("She said cloy was too sweet a word for it.")] // an abbreviation not as the shelf spells it
    [InlineData("a crash landing on you would hurt")] // not written with capitals
    public void NamedIn_WordsThatOnlyLookLikeAName_AreNotAName(string prose)
    {
        Assert.Empty(KnownDramas.NamedIn(prose));
    }
}
