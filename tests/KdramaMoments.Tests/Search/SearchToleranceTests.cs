using AngleSharp.Html.Dom;

namespace KdramaMoments.Tests.Search;

/// <summary>Each tolerance rule of the search, with concrete queries on the seeded catalogue.</summary>
public sealed class SearchToleranceTests(SeededSite site) : IClassFixture<SeededSite>
{
    private async Task<IHtmlDocument> SearchAsync(string q) =>
        await site.Factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(q));

    private static List<string> Links(IHtmlDocument page, string kind) =>
        page.QuerySelectorAll($"#group-{kind} + ol.results > li > a").Select(a => a.GetAttribute("href")!).ToList();

    [Theory]
    [InlineData("goblin")]
    [InlineData("GOBLIN")]
    [InlineData("gÖblin")]
    public async Task CaseAndAccents_AreIgnored(string q) =>
        Assert.Equal("/dramas/goblin", Links(await SearchAsync(q), "drama")[0]);

    [Theory]
    [InlineData("Jeong-hyeok")]
    [InlineData("Jeong Hyeok")]
    [InlineData("jeonghyeok")]
    [InlineData("JEONG-HYEOK")]
    public async Task HyphensAndSpacesInsideNames_FindTheSameCharacter(string q)
    {
        var page = await SearchAsync(q);
        Assert.Contains("/characters/ri-jung-hyuk", Links(page, "character"));
        Assert.Contains("/moments/when-jeong-hyeok-kisses-se-ris-tears-away", Links(page, "moment"));
    }

    [Theory]
    [InlineData("Hyun Bin")]
    [InlineData("Hyun-Bin")]
    [InlineData("hyunbin")]
    [InlineData("Hyeon Bin")] // another romanisation of 현빈
    public async Task ActorByAnyRomanisation_IsFound(string q) =>
        Assert.Equal("/actors/hyun-bin", Links(await SearchAsync(q), "actor")[0]);

    [Fact]
    public async Task DramaByAlternateTitle_IsFound()
    {
        var page = await SearchAsync("Guardian lonely");
        Assert.Equal(["/dramas/goblin"], Links(page, "drama"));
        Assert.Contains("Guardian", page.QuerySelector("#group-drama + ol .snippet mark")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurlyAndStraightApostrophes_MatchTheSameQuotes()
    {
        var curly = Links(await SearchAsync("didn’t teach"), "moment");
        var straight = Links(await SearchAsync("didn't teach"), "moment");
        var none = Links(await SearchAsync("didnt teach"), "moment");
        Assert.NotEmpty(curly);
        Assert.Equal(curly, straight);
        Assert.Equal(curly, none);
        Assert.Contains("/moments/you-taught-me-everything-you-just-didnt-teach-me-how-to-break-up", curly);
    }

    [Theory]
    [InlineData("tun")]
    [InlineData("tunn")]
    [InlineData("tunnel")]
    public async Task Prefixes_MatchAsYouType(string q) =>
        Assert.Contains("/moments/se-ri-and-jung-hyuk-the-grand-gesture-scene", Links(await SearchAsync(q), "moment"));

    [Fact]
    public async Task WordsBeforeTheLast_MatchWhole_TheLastAsTyped()
    {
        // Still typing "landing": the last word is a prefix.
        Assert.Contains("/dramas/crash-landing-on-you", Links(await SearchAsync("crash land"), "drama"));
        // "cras" was followed by another word, so it is a finished word: no entry holds it, and "did you mean" offers one that does.
        var finished = await SearchAsync("cras landing");
        Assert.Empty(finished.QuerySelectorAll("ol.results > li"));
        Assert.Equal("crash landing", finished.QuerySelector("a.did-you-mean")!.TextContent);
    }

    [Fact]
    public async Task QuoteMatch_PutsItsMomentFirstWithTheQuoteMarked()
    {
        var page = await SearchAsync("because you like it");
        var firstGroup = page.QuerySelector(".result-group h2")!;
        Assert.Equal("group-moment", firstGroup.Id);
        var first = page.QuerySelector("#group-moment + ol.results > li")!;
        Assert.NotNull(first.QuerySelector(".snippet q"));
        Assert.Contains("Because you like it", first.QuerySelector(".snippet")!.TextContent, StringComparison.Ordinal);
        Assert.Superset(new HashSet<string> { "Because", "you", "like", "it" }, first.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).ToHashSet());
    }

    [Fact]
    public async Task QuoteWordThatIsAlsoAName_StillLeadsWithTheMoment()
    {
        // "Sol" is a character's name, but the quote naming her ranks first.
        var page = await SearchAsync("Im Sol you like it");
        Assert.Equal("group-moment", page.QuerySelector(".result-group h2")!.Id);
    }

    [Theory]
    [InlineData("Gobln", "goblin")]
    [InlineData("hyun bim", "hyun bin")]
    [InlineData("crash landng", "crash landing")]
    public async Task MisspeltName_GetsADidYouMeanLinkThatFindsIt(string q, string expected)
    {
        var page = await SearchAsync(q);
        var suggestion = page.QuerySelector("a.did-you-mean")!;
        Assert.Equal(expected, suggestion.TextContent);
        var followed = await site.Factory.CreateClient().GetDocumentAsync(suggestion.GetAttribute("href")!);
        Assert.NotEmpty(followed.QuerySelectorAll("ol.results > li"));
    }

    [Fact]
    public async Task Filters_NarrowByKindTagDramaAndYear()
    {
        var client = site.Factory.CreateClient();
        var all = await client.GetDocumentAsync("/search?q=rescue");
        Assert.NotNull(all.QuerySelector("#group-tag"));

        var moments = await client.GetDocumentAsync("/search?q=rescue&kind=moment");
        Assert.Equal(["group-moment"], moments.QuerySelectorAll(".result-group h2").Select(h => h.Id));

        var goblin = await client.GetDocumentAsync("/search?q=rescue&drama=goblin");
        Assert.All(goblin.QuerySelectorAll("ol.results > li .meta"), meta => Assert.DoesNotContain("Crash", meta.TextContent, StringComparison.Ordinal));
        Assert.NotEmpty(goblin.QuerySelectorAll("#group-moment + ol > li"));

        var kissed = await client.GetDocumentAsync("/search?q=crash&tag=kiss");
        Assert.Equal(["/moments/when-jeong-hyeok-kisses-se-ris-tears-away"], Links(kissed, "moment"));

        var year = await client.GetDocumentAsync("/search?q=goblin&year=2019");
        Assert.Empty(year.QuerySelectorAll("ol.results > li"));
    }

    [Fact]
    public async Task KindPages_PageThroughAllResults()
    {
        var client = site.Factory.CreateClient();
        var preview = await client.GetDocumentAsync("/search?q=th");
        var moments = preview.QuerySelector("#group-moment")!.TextContent;
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(moments, @"\((\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 20, $"{total} moments match th");
        Assert.Equal(5, preview.QuerySelectorAll("#group-moment + ol > li").Length);
        var all = await client.GetDocumentAsync(preview.QuerySelector($"a[href*='kind=moment']")!.GetAttribute("href")!);
        Assert.Equal(20, all.QuerySelectorAll("#group-moment + ol > li").Length);
        var next = all.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);
        Assert.Equal(total - 20, second.QuerySelectorAll("#group-moment + ol > li").Length);
    }

    [Fact]
    public async Task SingleLetter_MatchesWholeWordsOnly()
    {
        // "a" as a prefix would match most of the catalogue; alone it means the word "a".
        var letter = await SearchAsync("x");
        Assert.Empty(letter.QuerySelectorAll("ol.results > li"));
        Assert.NotEmpty((await SearchAsync("ki")).QuerySelectorAll("#group-tag + ol > li"));
    }
}
