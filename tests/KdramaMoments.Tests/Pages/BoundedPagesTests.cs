using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using ActorPage = KdramaMoments.Web.Pages.Actors.DetailsModel;

namespace KdramaMoments.Tests.Pages;

/// <summary>
/// An actor with more moments and co-stars than their page shows, and a couple with more moments than a moment's page
/// shows: the pages show a bounded first part and link to the rest.
/// </summary>
public sealed class BoundedPagesTests : FreshSiteTests
{
    private const int Moments = ActorPage.MomentsShown + 10;
    private const int CastOthers = ActorPage.CoStarsShown + 6;

    /// <summary>
    /// One drama where "Busy Actor" plays the lead in every moment, each naming the lead and their partner, with a large
    /// cast; "Twice Partner" also shares a second drama with the lead.
    /// </summary>
    private Task<int> BuildAsync() => Factory.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        Actor NewActor(string name) => new() { Slug = name.ToLowerInvariant().Replace(' ', '-'), Name = name, NormalizedName = Names.Normalize(name), CreatedAt = now };
        Character Role(Drama drama, string name, Actor actor) =>
            new() { Slug = $"{drama.Slug}-{name.ToLowerInvariant().Replace(' ', '-')}", Name = name, NormalizedName = Names.Normalize(name), Drama = drama, Actor = actor, CreatedAt = now };
        var busy = NewActor("Busy Actor");
        var partner = NewActor("Steady Partner");
        var twice = NewActor("Twice Partner");
        var longRun = new Drama { Slug = "long-run", Title = "Long Run", NormalizedTitle = "long run", Year = 2020, CreatedAt = now };
        var shortRun = new Drama { Slug = "short-run", Title = "Short Run", NormalizedTitle = "short run", Year = 2021, CreatedAt = now };
        var lead = Role(longRun, "Lead One", busy);
        var love = Role(longRun, "Love Two", partner);
        db.AddRange(lead, love, Role(longRun, "Friend Twice", twice), Role(shortRun, "Lead Again", busy), Role(shortRun, "Friend Again", twice));
        for (var i = 0; i < CastOthers; i++)
        {
            db.Add(Role(longRun, $"Extra {i:D2}", NewActor($"Cast Member {i:D2}")));
        }
        for (var i = 0; i < Moments; i++)
        {
            var moment = new Moment { Slug = $"long-run-scene-{i:D2}", Title = $"Scene {i:D2}", Drama = longRun, Episode = i + 1, CreatedAt = now };
            moment.Characters.AddRange([lead, love]);
            db.Add(moment);
        }
        await db.SaveChangesAsync();
        await StoredCounts.RefreshAllAsync(db, CancellationToken.None);
        return 0;
    });

    private async Task<IHtmlDocument> GetAsync(string url)
    {
        var response = await Factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ActorPage_ShowsTheFirstMomentsAndLinksToTheListOfAllOfThem()
    {
        await BuildAsync();
        var page = await GetAsync("/actors/busy-actor");

        var shown = page.QuerySelectorAll("#moments ~ ul li a").Select(a => a.TextContent).ToList();
        Assert.Equal(ActorPage.MomentsShown, shown.Count);
        Assert.Equal("Scene 00", shown[0]); // episode order within the drama, as before
        var more = page.QuerySelector("a[href='/moments?actor=busy-actor']");
        Assert.NotNull(more);
        Assert.Equal($"All {Moments} moments of Busy Actor", more.TextContent);

        // The list it links to holds the moments the page left out.
        var listed = new List<string>();
        for (var p = 1; p <= 5; p++)
        {
            var list = await GetAsync($"/moments?actor=busy-actor&sort=title&page={p}");
            listed.AddRange(list.QuerySelectorAll("a[href^='/moments/long-run-scene-']").Select(a => a.TextContent));
        }
        Assert.Contains($"Scene {Moments - 1:D2}", listed);
    }

    [Fact]
    public async Task ActorPage_ListsAndDrawsTheCoStarsSharingMostDramasAndSaysHowManyThereAre()
    {
        await BuildAsync();
        var page = await GetAsync("/actors/busy-actor");

        var coStars = page.QuerySelectorAll(".costar-list li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(ActorPage.CoStarsShown, coStars.Count);
        Assert.Contains("/actors/twice-partner", coStars); // two dramas shared: always among those shown
        Assert.Contains($"The {ActorPage.CoStarsShown} co-stars sharing most dramas with Busy Actor, of {CastOthers + 2}.",
            page.QuerySelector("#costars")!.ParentElement!.TextContent, StringComparison.Ordinal);
        // The map draws the actor and the co-stars listed, no one else.
        var drawn = page.QuerySelectorAll(".costar-map g.nodes a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([.. coStars.Append("/actors/busy-actor").Order()], drawn.Order());
        // The couple is still found from every moment they share.
        Assert.NotNull(page.QuerySelector("#couples ~ * a[href='/couples/busy-actor-steady-partner']"));
    }

    [Fact]
    public async Task MomentPage_ShowsSomeMoreOfItsCoupleAndLinksToTheCouplesPage()
    {
        await BuildAsync();
        var page = await GetAsync("/moments/long-run-scene-00");

        Assert.Contains("More of Lead One & Love Two", page.QuerySelector("#more-couple")!.TextContent, StringComparison.Ordinal);
        var rest = page.QuerySelector("#more-couple ~ p a[href='/couples/busy-actor-steady-partner']");
        Assert.NotNull(rest);
        Assert.Equal("All moments of Busy Actor & Steady Partner", rest.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync(rest.GetAttribute("href"))).StatusCode);
    }
}
