using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace KdramaMoments.Tests.Search;

/// <summary>What a result says about itself on the seeded catalogue: which drama, which couple, which roles, what matched.</summary>
public sealed class SearchResultContextTests(SeededSite site) : IClassFixture<SeededSite>
{
    private async Task<IHtmlDocument> SearchAsync(string q) =>
        await site.Factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(q));

    private static IElement First(IHtmlDocument page, string kind) =>
        page.QuerySelector($"#group-{kind} + ol.results > li") ?? throw new InvalidOperationException($"no {kind} result");

    private async Task<List<JsonElement>> ApiItemsAsync(string q, string kind)
    {
        var json = JsonDocument.Parse(await site.Factory.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q))).RootElement;
        return json.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("kind").GetString() == kind)
            .SelectMany(g => g.GetProperty("items").EnumerateArray()).Select(i => i.Clone()).ToList();
    }

    [Fact]
    public async Task SnowKiss_NamesTheDramaYearAndCoupleOfTheMoment()
    {
        var result = First(await SearchAsync("snow kiss"), "moment");
        Assert.Equal("Snow Kiss", result.QuerySelector("a")!.TextContent);
        var context = result.QuerySelector(".meta")!;
        Assert.StartsWith("Healer (2014) · ", context.TextContent, StringComparison.Ordinal);
        Assert.Equal("/dramas/healer", context.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Jung-hoo", context.TextContent, StringComparison.Ordinal);
        Assert.Contains("Young-shin", context.TextContent, StringComparison.Ordinal);
        // The sentence that matched, with the words marked, not a bare "description".
        var snippet = result.QuerySelector(".snippet")!;
        Assert.Contains("snow begins to fall", snippet.TextContent, StringComparison.Ordinal);
        Assert.Contains("snow", snippet.QuerySelectorAll("mark").Select(m => m.TextContent.ToLowerInvariant()));

        var api = (await ApiItemsAsync("snow kiss", "moment"))[0];
        Assert.StartsWith("Healer (2014) · ", api.GetProperty("context").GetString(), StringComparison.Ordinal);
        Assert.Equal("description", api.GetProperty("snippetFrom").GetString());
    }

    [Fact]
    public async Task EveryMomentHit_SaysWhichDramaItIsFrom()
    {
        var page = await SearchAsync("tunnel");
        var results = page.QuerySelectorAll("#group-moment + ol.results > li");
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.StartsWith("/dramas/", r.QuerySelector(".meta a")!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains(results, r => r.QuerySelector(".meta")!.TextContent.StartsWith("Crash Landing on You (2019)", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("ol.results .meta"), m => m.TextContent.Trim() is "description" or "quote");
    }

    [Fact]
    public async Task QuoteHit_ShowsTheQuoteAsAQuote()
    {
        var result = First(await SearchAsync("because you like it"), "moment");
        Assert.Contains("Lovely Runner", result.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Because you like it", result.QuerySelector(".snippet q")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActorHit_NamesTheBestKnownRoles()
    {
        var result = First(await SearchAsync("Hyun Bin"), "actor");
        var context = result.QuerySelector(".meta")!;
        Assert.Contains("in Crash Landing on You (2019)", context.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("1 role", context.TextContent, StringComparison.Ordinal);
        Assert.Contains(context.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/characters/", StringComparison.Ordinal));
        Assert.Contains("Crash Landing on You", (await ApiItemsAsync("Hyun Bin", "actor"))[0].GetProperty("context").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DramaHit_ShowsYearAndMomentCount()
    {
        var context = First(await SearchAsync("crash landing"), "drama").QuerySelector(".meta")!.TextContent;
        Assert.Matches(@"^2019 · \d+ moments$", context);
    }

    [Theory]
    [InlineData("CLOY")]
    [InlineData("cloy")]
    public async Task FanAbbreviation_FindsItsDrama(string q)
    {
        var result = First(await SearchAsync(q), "drama");
        Assert.Equal("/dramas/crash-landing-on-you", result.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("CLOY", result.QuerySelector(".snippet mark")!.TextContent);
        Assert.Equal("/dramas/crash-landing-on-you", (await ApiItemsAsync(q, "drama"))[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task SeveralWords_MatchAcrossTitleDescriptionAndTropes()
    {
        // "Snow Kiss" is a title; "Healer" is its drama; "courier" is in its description.
        var links = (await SearchAsync("courier kiss healer")).QuerySelectorAll("#group-moment + ol.results > li > a").Select(a => a.TextContent).ToList();
        Assert.Contains("Snow Kiss", links);
    }
}
