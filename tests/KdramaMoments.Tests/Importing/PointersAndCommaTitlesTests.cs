using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Two lines of the twenty-eighth blind set's guide: a pointer to another show between the items ("If you like this, try:
/// …"), which opens no item, and a drama whose title ends in a comma ("Nevertheless,", as the reference shelf writes it),
/// which heads its item as any other title does. The other dramas are invented.
/// </summary>
public sealed class PointersAndCommaTitlesTests
{
    private static string[] Card(string title, string year, string who, string scene) =>
        [title, $"Where to watch: Netflix\nEpisodes: 16\nYear: {year}", who, scene];

    [Fact]
    public void APointerToAnotherShow_OpensNoItem_AndATitleEndingInAComma_HeadsItsOwn()
    {
        var article = Parse([
            "Five quiet romances to skip straight to",
            "Below are the dramas that flew under the radar this year, and the exact scene that tells you whether to stay.",
            .. Card("Salt Wind Prince", "2031", "Baek Ji-ho plays Ma Do-yun, a prince who waits at the ferry, and Yoon Chae-rin is Seo Ha-ram.",
                "The scene: he waits at the ferry for three whole episodes and never once complains about the cold wind."),
            "If you like this, try: Harbour Lights (also on Netflix).",
            .. Card("Lantern Market", "2030", "Han Da-bin plays Go Eun-seol, who runs the last stall, and Kim Woo-seok is Ryu Tae-kang.",
                "The scene: she keeps the last lantern lit for him long after the rest of the market has gone dark."),
            .. Card("Nevertheless,", "2021", "Han So-hee plays Yoo Na-bi, an art student, and Song Kang plays Park Jae-eon, a sculptor.",
                "The scene: their first real conversation at the exhibition, and the grin on his face as he asks her name."),
        ]);

        Assert.Equal(["Salt Wind Prince", "Lantern Market", "Nevertheless,"], article.Items.Select(i => i.Heading));
        Assert.DoesNotContain(article.Items, i => i.Drama.Title.Contains("Harbour Lights", StringComparison.Ordinal));
    }
}
