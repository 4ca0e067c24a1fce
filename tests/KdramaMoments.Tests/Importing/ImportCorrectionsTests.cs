using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

public sealed class ImportCorrectionsTests
{
    private static readonly ParsedArticle Article = new("Three moments",
    [
        new ParsedItem(1, "Documentary exes", "Choi Ung (Choi Woo-shik) and Kook Yeon-su (Kim Da-mi) meet again. Ten Years later.",
            new ParsedDrama("Our Beloved Summer", 2021, ["그 해 우리는"], "그 해 우리는"),
            [new CastCredit("Choi Ung", "Choi Woo-shik"), new CastCredit("Kook Yeon-su", "Kim Da-mi"), new CastCredit("Ten Years", null)],
            ["Choi Ung", "Kook Yeon-su", "Ten Years"], ["Why did you leave me?", "Pardon?"], 3, ["reunion"])
        {
            Doubts = [new ItemDoubt("drama", "title read from a caption"), new ItemDoubt("cast", "Ten Years looks like a phrase")],
        },
        new ParsedItem(2, "Also read: ten more dramas", "Ten more.", new ParsedDrama("Ten More", null, []), [], [], [], null, []),
        new ParsedItem(3, "A marriage saved", "Baek Hyun-woo (Kim Soo-hyun) stays.", new ParsedDrama("Queen of Tears", 2024, []),
            [new CastCredit("Baek Hyun-woo", "Kim Soo-hyun")], ["Baek Hyun-woo"], [], null, []) { Rank = 3 },
    ], []);

    [Fact]
    public void Apply_NoCorrections_KeepsTheArticleAsRead()
    {
        var (article, sources) = ImportCorrections.None.Apply(Article);
        Assert.Equal(Article.Items, article.Items);
        Assert.Equal([1, 2, 3], sources);
    }

    [Fact]
    public void Apply_NotAnItem_DropsItAndRenumbersTheRest()
    {
        var (article, sources) = new ImportCorrections([new ItemCorrection(2) { NotAnItem = true }]).Apply(Article);
        Assert.Equal(["Documentary exes", "A marriage saved"], article.Items.Select(i => i.Heading));
        Assert.Equal([1, 2], article.Items.Select(i => i.Position));
        Assert.Equal([1, 3], sources);
        Assert.Equal(3, article.Items[1].Rank); // the author's number stays
    }

    [Fact]
    public void Apply_OtherDrama_TakesOnlyTheTitle_MarkedAsTheEditorsChoice()
    {
        var (article, _) = new ImportCorrections([new ItemCorrection(1) { Drama = "  Twenty-Five Twenty-One " }]).Apply(Article);
        var item = article.Items[0];
        Assert.Equal("Twenty-Five Twenty-One", item.Drama.Title);
        Assert.True(item.Drama.ChosenByEditor);
        Assert.Null(item.Drama.Year);
        Assert.Empty(item.Drama.AlternateTitles);
        Assert.Null(item.Drama.HangulTitle);
        // The editor settled the drama; the doubt about the cast still stands.
        Assert.Equal(["cast"], item.Doubts.Select(d => d.About));
    }

    [Fact]
    public void Apply_SameDramaTitleRetyped_ChangesNothing()
    {
        var (article, _) = new ImportCorrections([new ItemCorrection(1) { Drama = "our beloved summer" }]).Apply(Article);
        Assert.Same(Article.Items[0].Drama, article.Items[0].Drama);
        Assert.False(article.Items[0].Drama.ChosenByEditor);
    }

    [Fact]
    public void Apply_RemovePersonAndQuote_LeavesTheRest()
    {
        var (article, _) = new ImportCorrections([new ItemCorrection(1) { RemoveCast = [2], RemoveQuotes = [1] }]).Apply(Article);
        var item = article.Items[0];
        Assert.Equal(["Choi Ung", "Kook Yeon-su"], item.Cast.Select(c => c.Character));
        Assert.Equal(["Choi Ung", "Kook Yeon-su"], item.Featured);
        Assert.Equal(["Ten Years"], item.NotPeople);
        Assert.Equal(["Why did you leave me?"], item.Quotes);
    }

    [Fact]
    public void Apply_AddedPerson_JoinsCastAndFeatured_WithSpacesTidied()
    {
        var correction = new ItemCorrection(3) { AddCast = [new CastCredit(" Hong  Hae-in ", "Kim Ji-won"), new CastCredit(null, "Park Sung-hoon")] };
        var (article, _) = new ImportCorrections([correction]).Apply(Article);
        var item = article.Items[2];
        Assert.Equal([new CastCredit("Baek Hyun-woo", "Kim Soo-hyun"), new CastCredit("Hong Hae-in", "Kim Ji-won"), new CastCredit(null, "Park Sung-hoon")],
            item.Cast, CastComparer.Instance);
        Assert.Equal(["Baek Hyun-woo", "Hong Hae-in", "Park Sung-hoon"], item.Featured);
    }

    [Theory]
    [InlineData(0, "Item 0: the article has no such item (it has 3).")]
    [InlineData(4, "Item 4: the article has no such item (it has 3).")]
    public void Check_UnknownPosition_SaysSo(int position, string expected) =>
        Assert.Equal([expected], new ImportCorrections([new ItemCorrection(position) { NotAnItem = true }]).Check(Article));

    [Fact]
    public void Check_BadValues_EachGetASentence()
    {
        var corrections = new ImportCorrections(
        [
            new ItemCorrection(1) { Drama = "  ", RemoveCast = [3, -1], RemoveQuotes = [2] },
            new ItemCorrection(3) { Drama = new string('x', 201), AddCast = [new CastCredit(" ", null), new CastCredit("12345", "Kim"), new CastCredit(new string('a', 101), null)] },
            new ItemCorrection(3),
        ]);
        Assert.Equal(
        [
            "Item 1: the drama needs a title of at most 200 characters, with letters or digits in it.",
            "Item 1: there is no person 4 to remove (it has 3).",
            "Item 1: there is no person 0 to remove (it has 3).",
            "Item 1: there is no quote 3 to remove (it has 2).",
            "Item 3: the drama needs a title of at most 200 characters, with letters or digits in it.",
            "Item 3: a person to add needs a character or an actor name.",
            "Item 3: a name to add must have letters in it and at most 100 characters.",
            "Item 3: a name to add must have letters in it and at most 100 characters.",
            "Item 3 is corrected twice.",
        ], corrections.Check(Article));
        Assert.Throws<ArgumentException>(() => corrections.Apply(Article));
    }

    private sealed class CastComparer : IEqualityComparer<CastCredit>
    {
        public static readonly CastComparer Instance = new();
        public bool Equals(CastCredit? x, CastCredit? y) => x?.Character == y?.Character && x?.Actor == y?.Actor;
        public int GetHashCode(CastCredit obj) => HashCode.Combine(obj.Character, obj.Actor);
    }
}
