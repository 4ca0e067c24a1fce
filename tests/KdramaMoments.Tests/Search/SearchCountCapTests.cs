using System.Text.Json;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>Each kind is counted up to <see cref="SiteSearch.CountCap"/>: past it the page and the API say "at least", below it the count is exact.</summary>
public sealed class SearchCountCapTests
{
    [Fact]
    public async Task Search_WordInMoreMomentsThanTheCap_SaysAtLeastTheCap_AndCountsRarerWordsExactly()
    {
        await using var site = await GeneratedSearchSite.CreateAsync(1100);
        var factory = site.Factory;
        var client = factory.CreateClient();

        using (var common = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=happens&kind=moment&page=99")))
        {
            var moments = common.RootElement.GetProperty("groups")[0];
            Assert.Equal((SiteSearch.CountCap, true), (moments.GetProperty("total").GetInt32(), moments.GetProperty("totalIsAtLeast").GetBoolean()));
            Assert.True(common.RootElement.GetProperty("totalIsAtLeast").GetBoolean());
            // Fifty pages of twenty reach the thousand counted; a later page is the last one.
            Assert.Equal((50, 50), (moments.GetProperty("page").GetInt32(), moments.GetProperty("totalPages").GetInt32()));
            Assert.Equal(SiteSearch.PageSize, moments.GetProperty("items").GetArrayLength());
        }
        var page = await client.GetDocumentAsync("/search?q=happens");
        Assert.Contains("1,000+ results", page.QuerySelector("p.lede")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("(1,000+)", page.QuerySelector("#group-moment .count")!.TextContent);

        // The umbrella scene, and the moments of dramas named for an umbrella: fewer than the cap, counted exactly.
        var umbrellas = await factory.WithDbAsync(db => db.Moments.CountAsync(m => m.Tags.Any(t => t.Slug == "umbrella") || m.Drama.Title.Contains("Umbrella")));
        Assert.InRange(umbrellas, 1, SiteSearch.CountCap - 1);
        using var rare = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=umbrella&kind=moment"));
        var group = rare.RootElement.GetProperty("groups")[0];
        Assert.Equal((umbrellas, false), (group.GetProperty("total").GetInt32(), group.GetProperty("totalIsAtLeast").GetBoolean()));
    }
}
