using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KdramaMoments.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

/// <summary>The pages of one drama, moment, actor, character and article on the seeded catalogue, and the links between them.</summary>
public sealed class EntityPagesTests(SeededSite site) : IClassFixture<SeededSite>
{
    private async Task<IHtmlDocument> GetAsync(string url)
    {
        var response = await site.Factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Drama_ShowsCastWithLinksMomentsInEpisodeOrderAndItsLists()
    {
        var page = await GetAsync("/dramas/goblin");
        Assert.Equal("Goblin", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Guardian: The Lonely And Great God", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("in 3 lists", page.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        var cast = page.QuerySelectorAll(".cast-list li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Kim Shin (Gong Yoo)", cast);
        Assert.NotNull(page.QuerySelector(".cast-list a[href='/actors/gong-yoo']"));
        var moments = page.QuerySelectorAll(".moment-list li .meta").Select(m => m.TextContent).ToList();
        Assert.StartsWith("episode 2", moments[0], StringComparison.Ordinal); // numbered episodes first
        Assert.Equal(3, page.QuerySelectorAll("#lists + ul li a").Length);
    }

    [Fact]
    public async Task Moment_ShowsQuotesCharactersAndSourcesLinkingToTheMarkedExcerpt()
    {
        var drama = await GetAsync("/dramas/lovely-runner");
        var momentHref = drama.QuerySelector(".moment-list a")!.GetAttribute("href")!;
        var page = await GetAsync(momentHref);
        Assert.Equal(2, page.QuerySelectorAll("blockquote.quote").Length);
        Assert.Contains("Because you like it.", page.QuerySelectorAll("blockquote.quote")[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/characters/im-sol']"));
        Assert.NotNull(page.QuerySelector("a[href='/actors/kim-hye-yoon']"));
        Assert.Equal("Sources (1)", page.QuerySelector("#sources")!.TextContent);
        var sourceLink = page.QuerySelector(".source figcaption a")!.GetAttribute("href")!;
        Assert.Equal("/articles/000-d1c5d653134b6707#item-2", sourceLink);

        var article = await GetAsync(sourceLink.Split('#')[0]);
        var item = article.GetElementById("item-2")!;
        Assert.Equal(momentHref, item.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains("In Episode 10", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_CountingDownList_KeepsTheAuthorsNumbers()
    {
        var page = await GetAsync("/articles/004-60a6fb003aff7832");
        var items = page.QuerySelectorAll("ol.article-items > li").ToList();
        Assert.Equal(9, items.Count);
        Assert.Equal("10", items[0].GetAttribute("value"));
        Assert.Equal("Final Goodbye", items[0].QuerySelector("h2")!.TextContent);
        Assert.Equal("2", items[^1].GetAttribute("value"));
    }

    [Fact]
    public async Task Actor_ShowsRolesMomentsAndCoStars()
    {
        var page = await GetAsync("/actors/song-hye-kyo");
        var roles = page.QuerySelectorAll("#roles + ul li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, roles.Count);
        Assert.Contains(roles, r => r.Contains("Kang Mo Yeon in Descendants Of The Sun", StringComparison.Ordinal));
        var coStars = page.QuerySelectorAll(".costar-list li > a:first-child").Select(a => a.TextContent).ToList();
        Assert.Contains("Song Joong Ki", coStars);
        Assert.Contains("Park Bo Gum", coStars);
        Assert.DoesNotContain("Song Hye Kyo", coStars);
        Assert.NotEmpty(page.QuerySelectorAll("#moments + ul a"));
    }

    [Fact]
    public async Task Character_ShowsDramaActorAliasesAndMoments()
    {
        var page = await GetAsync("/characters/ri-jung-hyuk");
        var meta = page.QuerySelector(".meta")!.TextContent;
        Assert.Contains("Hyun Bin", meta, StringComparison.Ordinal);
        Assert.Contains("Ri Jeong-Hyeok", meta, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/dramas/crash-landing-on-you']"));
        Assert.Equal(4, page.QuerySelectorAll("#moments + ul li").Length); // named by articles 000, 001, 002 and 004
    }

    [Fact]
    public async Task FormerSlug_Answers301ToTheCurrentPage()
    {
        await site.Factory.WithDbAsync(async db =>
        {
            var goblinId = await db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync();
            db.SlugRedirects.Add(new SlugRedirect { EntityType = "drama", OldSlug = "guardian-the-lonely-and-great-god", TargetId = goblinId });
            return await db.SaveChangesAsync();
        });
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/dramas/guardian-the-lonely-and-great-god");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/dramas/goblin", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/dramas/Crash-Landing-On-You", "/dramas/crash-landing-on-you")]
    [InlineData("/actors/SON-YE-JIN", "/actors/son-ye-jin")]
    [InlineData("/moments/Red-Light-Green-Light", "/moments/red-light-green-light")]
    [InlineData("/api/dramas/Crash-Landing-On-You", "/api/dramas/crash-landing-on-you")]
    [InlineData("/tags/Kiss", "/tags/kiss")]
    [InlineData("/actors/Hyun-Bin/roles", "/actors/hyun-bin/roles")]
    [InlineData("/characters/Ri-Jung-Hyuk", "/characters/ri-jung-hyuk")]
    [InlineData("/articles/000-D1C5D653134B6707", "/articles/000-d1c5d653134b6707")]
    [InlineData("/couples/Hyun-Bin-Son-Ye-Jin", "/couples/hyun-bin-son-ye-jin")]
    public async Task SlugInOtherCase_Answers301ToThePage_WhetherOrNotThePageIsCached(string address, string page)
    {
        var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var pageCached in new[] { false, true })
        {
            var response = await client.GetAsync(address);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(page, response.Headers.Location?.OriginalString);
            if (!pageCached)
            {
                // The page itself, now kept by the output cache: the other case still answers with the redirect, not with its copy.
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
            }
        }
    }

    [Theory]
    [InlineData("/dramas/no-such-drama")]
    [InlineData("/moments/no-such-moment")]
    [InlineData("/actors/no-such-actor")]
    [InlineData("/characters/no-such-character")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/couples/no-such-couple")]
    [InlineData("/tags/no-such-trope")]
    [InlineData("/actors/no-such-actor/roles")]
    public async Task UnknownSlug_Returns404Page(string url)
    {
        var response = await site.Factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
