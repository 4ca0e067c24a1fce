using System.Net;
using AngleSharp.Html.Parser;

namespace KdramaMoments.Tests.Pages;

public sealed class SiteTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task Health_DatabaseAnswers_Returns200Healthy()
    {
        var response = await site.Factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownAddress_Returns404WithFriendlyPage()
    {
        var response = await site.Factory.CreateClient().GetAsync("/no-such-page/at-all");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("a[href='/']"));
        Assert.NotNull(document.QuerySelector("header nav"));
    }

    [Fact]
    public async Task ErrorPage_OutsideDevelopment_ShowsNoExceptionDetails()
    {
        var response = await site.Factory.CreateClient().GetAsync("/Error");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ShowsLayoutWithNavigationSearchAndFooter()
    {
        var html = await site.Factory.CreateClient().GetStringAsync("/");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.NotNull(document.QuerySelector("form[role=search][action='/search'] input[name=q]"));
        Assert.NotNull(document.QuerySelector("nav a[href='/dramas']"));
        Assert.NotNull(document.QuerySelector("footer"));
        Assert.NotNull(document.QuerySelector("a.skip-link[href='#main']"));
    }

    [Fact]
    public async Task Dramas_ListsEveryDramaOnceWithLinks()
    {
        var document = new HtmlParser().ParseDocument(await site.Factory.CreateClient().GetStringAsync("/dramas"));
        var titles = document.QuerySelectorAll("tbody th a").Select(a => a.TextContent).ToList();
        Assert.Equal(28, titles.Count);
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Contains("Goblin", titles);
        Assert.DoesNotContain("Guardian: The Lonely And Great God", titles);
        Assert.DoesNotContain("Strong Girl Bong-soon", titles);
        // Most listed first: Crash Landing on You is named by four of the five articles.
        Assert.Equal("Crash Landing on You", titles[0]);
    }
}
