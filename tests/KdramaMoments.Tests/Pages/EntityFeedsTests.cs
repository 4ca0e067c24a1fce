using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

public sealed class EntityFeedsTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Theory]
    [InlineData("/dramas/crash-landing-on-you")]
    [InlineData("/actors/hyun-bin")]
    [InlineData("/couples/hyun-bin-son-ye-jin")]
    [InlineData("/tags/kiss")]
    public async Task EntityFeed_IsLinkedFromItsPage_ParsesAndListsExactlyItsMoments(string page)
    {
        var client = site.Factory.CreateClient();
        var document = await client.GetDocumentAsync(page);
        Assert.NotNull(document.QuerySelector($"head link[rel=alternate][type='application/atom+xml'][href='{page}/feed.atom']"));

        var response = await client.GetAsync(page + "/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        var listed = feed.Items.Select(i => i.Links.Single().Uri.AbsolutePath).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(await ExpectedAsync(page), listed);
        Assert.All(feed.Items, i => Assert.Contains("named by", ((TextSyndicationContent)i.Content).Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/dramas/no-such-drama/feed.atom")]
    [InlineData("/actors/nobody/feed.atom")]
    [InlineData("/couples/nobody-nobody-else/feed.atom")]
    [InlineData("/tags/no-such-trope/feed.atom")]
    public async Task EntityFeed_UnknownEntity_Is404(string path)
    {
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await site.Factory.CreateClient().GetAsync(path)).StatusCode);
    }

    // What each feed must list, read straight from the database (every seed entity has fewer than 30 moments).
    private Task<List<string>> ExpectedAsync(string page) => site.Factory.WithDbAsync(db =>
    {
        var slug = page.Split('/')[2];
        var moments = page.Split('/')[1] switch
        {
            "dramas" => db.Moments.Where(m => m.Drama.Slug == slug),
            "actors" => db.Moments.Where(m => m.Characters.Any(c => c.Actor!.Slug == slug)),
            "tags" => db.Moments.Where(m => m.Tags.Any(t => t.Slug == slug)),
            _ => db.Moments.Where(m => m.Characters.Any(c => c.Actor!.Slug == "hyun-bin") && m.Characters.Any(c => c.Actor!.Slug == "son-ye-jin")),
        };
        return moments.Select(m => "/moments/" + m.Slug).OrderBy(s => s).ToListAsync();
    });
}
