using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

/// <summary>
/// The bodies of a drama's, a moment's and an actor's page and the table of <c>/dramas</c> are kept as HTML with the data
/// the catalogue version keeps (KeptFragments): a second reader, whatever its query string, gets the same page, and a
/// change through the application shows on the next request.
/// </summary>
public sealed class KeptPagesTests : FreshSiteTests
{
    [Fact]
    public async Task KeptBodies_AreTheSameForEveryReader_AndFollowAChangeThroughTheApp()
    {
        var client = Factory.CreateClient();
        var moment = (await client.GetDocumentAsync("/moments")).QuerySelector(".moment-cards > li > a")!.GetAttribute("href")!;
        string[] pages = ["/dramas/goblin", "/actors/son-ye-jin", moment, "/dramas?sort=title"];
        foreach (var page in pages)
        {
            // Query values the pages do not read keep the output cache out of it: each request renders, the second from what is kept.
            var first = await client.GetStringAsync(Busted(page, 1));
            Assert.Equal(first, await client.GetStringAsync(Busted(page, 2)));
        }

        await Factory.WithDbAsync(async db =>
        {
            (await db.Dramas.SingleAsync(d => d.Slug == "goblin")).Title = "Goblin Renamed";
            (await db.Actors.SingleAsync(a => a.Slug == "son-ye-jin")).Name = "Son Ye-jin Renamed";
            return await db.SaveChangesAsync();
        });

        Assert.Equal("Goblin Renamed", (await client.GetDocumentAsync(Busted("/dramas/goblin", 3))).QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Son Ye-jin Renamed", (await client.GetDocumentAsync(Busted("/actors/son-ye-jin", 3))).QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Goblin Renamed", (await client.GetDocumentAsync(Busted("/dramas?sort=title", 3))).Texts("tbody th a"));
    }

    [Fact]
    public async Task Dramas_SortIsReadAsModelBindingReadIt()
    {
        var client = Factory.CreateClient();
        var byTitle = (await client.GetDocumentAsync("/dramas?sort=title")).Texts("tbody th a");
        var byDefault = (await client.GetDocumentAsync("/dramas")).Texts("tbody th a");
        Assert.NotEqual(byDefault, byTitle);
        // The first value counts; a blank, unknown or bracketed one (which model binding leaves unbound) is the default order.
        Assert.Equal(byTitle, (await client.GetDocumentAsync("/dramas?sort=title&sort=year")).Texts("tbody th a"));
        foreach (var other in new[] { "/dramas?sort=", "/dramas?sort=bogus", "/dramas?sort[]=title" })
        {
            Assert.Equal(byDefault, (await client.GetDocumentAsync(other)).Texts("tbody th a"));
        }
    }

    [Fact]
    public async Task SearchMenus_SelectWhatWasAsked_AndFollowAChangeThroughTheApp()
    {
        var client = Factory.CreateClient();
        const string Selected = "#search-kind option[selected], #search-tag option[selected], #search-year option[selected]";
        var plain = await client.GetDocumentAsync("/search?q=kiss&nocache=1");
        Assert.Empty(plain.QuerySelectorAll(Selected));
        var year = plain.QuerySelectorAll("#search-year option")[1].GetAttribute("value")!;

        // The menus are kept per catalogue version: each request still selects what it asked for, and the next one nothing.
        var asked = await client.GetDocumentAsync($"/search?q=kiss&kind=moment&tag=kiss&year={year}&nocache=2");
        Assert.Equal("moment", asked.QuerySelector("#search-kind option[selected]")!.GetAttribute("value"));
        Assert.Equal("kiss", asked.QuerySelector("#search-tag option[selected]")!.GetAttribute("value"));
        Assert.Equal(year, asked.QuerySelector("#search-year option[selected]")!.GetAttribute("value"));
        Assert.Empty((await client.GetDocumentAsync("/search?q=kiss&nocache=3")).QuerySelectorAll(Selected));

        await Factory.WithDbAsync(async db =>
        {
            (await db.Tags.SingleAsync(t => t.Slug == "kiss")).Name = "kiss renamed";
            return await db.SaveChangesAsync();
        });
        Assert.Contains("kiss renamed", (await client.GetDocumentAsync("/search?q=kiss&nocache=4")).Texts("#search-tag option"));
    }

    // Each names the drama "Crash Landing on You" somewhere: as its title, a card's drama, a role's or a pairing's.
    private static readonly string[] AddressesNamingADrama =
    [
        "/tags/kiss",
        "/actors/hyun-bin/roles",
        "/characters/ri-jung-hyuk",
        "/couples/hyun-bin-son-ye-jin",
        "/articles/000-d1c5d653134b6707",
        "/api/dramas/crash-landing-on-you",
        "/api/actors/hyun-bin",
        "/api/moments/when-jeong-hyeok-kisses-se-ris-tears-away",
    ];

    /// <summary>The other pages and API answers kept per catalogue version (CatalogueMemo) show a save on the next request.</summary>
    [Fact]
    public async Task KeptPagesAndApiAnswers_FollowAChangeThroughTheApp()
    {
        var client = Factory.CreateClient();
        foreach (var address in AddressesNamingADrama)
        {
            // Twice: the second reader is answered from what the first one kept.
            for (var reader = 1; reader <= 2; reader++)
            {
                Assert.DoesNotContain("Landing in the North", await client.GetStringAsync(Busted(address, reader)), StringComparison.Ordinal);
            }
        }

        await Factory.WithDbAsync(async db =>
        {
            (await db.Dramas.SingleAsync(d => d.Slug == "crash-landing-on-you")).Title = "Landing in the North";
            return await db.SaveChangesAsync();
        });

        foreach (var address in AddressesNamingADrama)
        {
            // Only the drama's title changed (a quote or an article's sentence may still name it as it was).
            Assert.Contains("Landing in the North", await client.GetStringAsync(Busted(address, 3)), StringComparison.Ordinal);
        }
    }

    private static string Busted(string page, int n) => page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "nocache=" + n;
}
