using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing.Corpus;

/// <summary>The corpus scorer's pairing of parsed items with golden ones.</summary>
public sealed class CorpusScoreTests
{
    private static GoldenItem Item(string heading, string drama, int year) => new(heading, drama, [], year, [], [], null);

    [Fact]
    public void AChatExportedNewestFirst_ReadOldestFirst_StillPairsEachItemWithItsGolden()
    {
        // The golden lists the items in the file's order (newest first); the importer reads the chat oldest first.
        var golden = new GoldenArticle("chat", "Lena Park",
        [
            Item("last one from me: The Quiet Apartment (2023).", "The Quiet Apartment", 2023),
            Item("Moonlit Harbour Story (2018)!!", "Moonlit Harbour Story", 2018),
            Item("mine first: Dr. Lantern (2021).", "Dr. Lantern", 2021),
        ]);
        var parsed = ArticleParser.Parse(ChatJsonExportsTests.Export).Article!;
        Assert.Equal(["Dr. Lantern", "Moonlit Harbour Story", "The Quiet Apartment"], parsed.Items.Select(i => i.Drama.Title));

        var score = ArticleScore.Of("chat", golden, parsed, null);

        Assert.Equal(new Tally(3, 0, 0), score.ItemDramas);
    }
}
