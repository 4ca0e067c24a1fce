using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using ActorPage = KdramaMoments.Web.Pages.Actors.DetailsModel;
using CouplePage = KdramaMoments.Web.Pages.Couples.DetailsModel;

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

    private const int Roles = ActorPage.RolesShown + 5;
    private const int Partners = ActorPage.CouplesShown + 3;

    /// <summary>
    /// "Prolific Lead" has a role in more dramas than the page lists and more couples than it shows: partner i shares i + 1
    /// moments naming just the two of them. In the first drama the lead also plays a twin, paired with partner 0 too, and one
    /// moment names all three: partner 0's couple has 3 moments, not the 4 its two pairings add up to.
    /// </summary>
    private Task<int> BuildProlificAsync() => Factory.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        Actor NewActor(string name) => new() { Slug = name.ToLowerInvariant().Replace(' ', '-'), Name = name, NormalizedName = Names.Normalize(name), CreatedAt = now };
        Character Role(Drama drama, string name, Actor actor) =>
            new() { Slug = $"{drama.Slug}-{name.ToLowerInvariant().Replace(' ', '-')}", Name = name, NormalizedName = Names.Normalize(name), Drama = drama, Actor = actor, CreatedAt = now };
        var lead = NewActor("Prolific Lead");
        var scene = 0;
        void Moment(Drama drama, params Character[] characters)
        {
            var moment = new Moment { Slug = $"scene-{scene}", Title = $"Scene {scene++}", Drama = drama, CreatedAt = now };
            moment.Characters.AddRange(characters);
            db.Add(moment);
        }
        for (var i = 0; i < Roles - 1; i++)
        {
            var drama = new Drama { Slug = $"series-{i:D2}", Title = $"Series {i:D2}", NormalizedTitle = $"series {i:D2}", Year = 2000 + i, CreatedAt = now };
            var role = Role(drama, $"Role {i:D2}", lead);
            db.Add(role);
            if (i >= Partners)
            {
                continue;
            }
            var partner = Role(drama, $"Love {i:D2}", NewActor($"Partner {i:D2}"));
            for (var m = 0; m <= i; m++)
            {
                Moment(drama, role, partner);
            }
            if (i == 0)
            {
                var twin = Role(drama, "Role 00 Twin", lead);
                Moment(drama, twin, partner);
                Moment(drama, role, twin, partner);
            }
        }
        await db.SaveChangesAsync();
        await StoredCounts.RefreshAllAsync(db, CancellationToken.None);
        return 0;
    });

    [Fact]
    public async Task ActorPage_ShowsTheFirstRolesAndLinksToEveryRolePageByPage()
    {
        await BuildProlificAsync();
        var page = await GetAsync("/actors/prolific-lead");

        var shown = page.QuerySelectorAll("#roles + ul li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(ActorPage.RolesShown, shown.Count);
        var more = page.QuerySelector("a[href='/actors/prolific-lead/roles']");
        Assert.NotNull(more);
        Assert.Equal($"All {Roles} roles of Prolific Lead", more.TextContent);

        // Page 1 of the roles lists the same roles as the actor's page; page 2 the rest.
        var first = await GetAsync("/actors/prolific-lead/roles");
        Assert.Equal(shown, first.QuerySelectorAll("h1 ~ ul li > a:first-child").Select(a => a.GetAttribute("href")).ToList());
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/actors/prolific-lead/roles?page=2", next);
        var rest = (await GetAsync(next!)).QuerySelectorAll("h1 ~ ul li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Roles - ActorPage.RolesShown, rest.Count);
        Assert.Equal(Roles, shown.Concat(rest).Distinct().Count());
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.CreateClient().GetAsync("/actors/no-such-actor/roles")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync("/actors/prolific-lead/roles?page=x")).StatusCode);
    }

    [Fact]
    public async Task ActorApi_ListsTheFirstRolesThePageLists_AndPagesThroughEveryRole()
    {
        await BuildProlificAsync();
        var client = Factory.CreateClient();
        var page = await GetAsync("/actors/prolific-lead");
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/actors/prolific-lead"));

        Assert.Equal(Roles, api.RootElement.GetProperty("roleCount").GetInt32());
        var first = api.RootElement.GetProperty("roles").EnumerateArray().Select(r => "/characters/" + r.GetProperty("character").GetProperty("slug").GetString()).ToList();
        Assert.Equal(page.QuerySelectorAll("#roles + ul li > a:first-child").Select(a => a.GetAttribute("href")), first);

        // Every role, page by page, following "next": page 1 is the answer's first roles.
        var paged = new List<string>();
        for (var next = "/api/actors/prolific-lead/roles"; next is not null;)
        {
            using var rolesPage = JsonDocument.Parse(await client.GetStringAsync(next));
            Assert.Equal(Roles, rolesPage.RootElement.GetProperty("total").GetInt32());
            paged.AddRange(rolesPage.RootElement.GetProperty("items").EnumerateArray().Select(r => "/characters/" + r.GetProperty("character").GetProperty("slug").GetString()));
            next = rolesPage.RootElement.GetProperty("next").GetString();
        }
        Assert.Equal(first, paged.Take(ActorPage.RolesShown));
        Assert.Equal(Roles, paged.Distinct().Count());
        Assert.Equal(Roles, paged.Count);

        var small = JsonDocument.Parse(await client.GetStringAsync("/api/actors/prolific-lead/roles?pageSize=2&page=3")).RootElement;
        Assert.Equal(paged.Skip(4).Take(2), small.GetProperty("items").EnumerateArray().Select(r => "/characters/" + r.GetProperty("character").GetProperty("slug").GetString()));
        var unknown = await client.GetAsync("/api/actors/no-such-actor/roles");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        // A former address answers with the current one, keeping the page asked for.
        await Factory.WithDbAsync(async db =>
        {
            db.SlugRedirects.Add(new SlugRedirect { EntityType = "actor", OldSlug = "prolific-lady", TargetId = db.Actors.Single(a => a.Slug == "prolific-lead").Id });
            return await db.SaveChangesAsync();
        });
        var moved = await Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/api/actors/prolific-lady/roles?page=2");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/api/actors/prolific-lead/roles?page=2", moved.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ActorPage_ShowsTheCouplesInMostDramasAndMoments_CountingAMomentOfTwoPairingsOnce()
    {
        await BuildProlificAsync();
        var page = await GetAsync("/actors/prolific-lead");

        var couples = page.QuerySelectorAll("#couples ~ ul.couple-cards > li").ToList();
        Assert.Equal(ActorPage.CouplesShown, couples.Count);
        // Most moments first: partners 14 down to 3; partner 0's 3 moments (not 4) rank after partner 3's 4.
        Assert.Equal(Enumerable.Range(0, ActorPage.CouplesShown).Select(i => $"/couples/partner-{Partners - 1 - i:D2}-prolific-lead"),
            couples.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.EndsWith($"· {Partners} moments", couples[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains($"The {ActorPage.CouplesShown} couples of Prolific Lead in most dramas together, of {Partners}.",
            page.QuerySelector("#couples")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#couples ~ p a[href='/couples']"));
        // The couple left out is on its own page with its three moments.
        var partnerZero = await GetAsync("/couples/partner-00-prolific-lead");
        Assert.Equal(3, partnerZero.QuerySelectorAll(".moment-cards > li").Length);
    }

    [Fact]
    public async Task ActorApi_ListsTheCoStarsTheActorsPageLists()
    {
        await BuildAsync();
        var page = await GetAsync("/actors/busy-actor");
        using var api = JsonDocument.Parse(await Factory.CreateClient().GetStringAsync("/api/actors/busy-actor"));

        var listed = api.RootElement.GetProperty("coStars").EnumerateArray().Select(c => "/actors/" + c.GetProperty("actor").GetProperty("slug").GetString()).ToList();
        Assert.Equal(ActorPage.CoStarsShown, listed.Count);
        Assert.Equal(page.QuerySelectorAll(".costar-list li > a:first-child").Select(a => a.GetAttribute("href")), listed);
        // The API lists the first moments the page lists (all of them are paged by /api/moments?actor=).
        Assert.Equal(page.QuerySelectorAll("#moments ~ ul li a").Select(a => a.GetAttribute("href")),
            api.RootElement.GetProperty("moments").EnumerateArray().Select(m => "/moments/" + m.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task ActorApi_CountsEveryMoment_WhichTheMomentsApiPagesThrough()
    {
        await BuildAsync();
        var client = Factory.CreateClient();
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/actors/busy-actor"));
        Assert.Equal(Moments, api.RootElement.GetProperty("momentCount").GetInt32());
        var first = api.RootElement.GetProperty("moments").EnumerateArray().Select(m => m.GetProperty("slug").GetString()).ToList();
        Assert.Equal(ActorPage.MomentsShown, first.Count);

        // Every moment, page by page, following "next" from the address the actor's answer names.
        var paged = new List<string?>();
        for (var next = "/api/moments?actor=busy-actor&pageSize=24"; next is not null;)
        {
            using var page = JsonDocument.Parse(await client.GetStringAsync(next));
            Assert.Equal(Moments, page.RootElement.GetProperty("total").GetInt32());
            paged.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()));
            next = page.RootElement.GetProperty("next").GetString();
        }
        Assert.Equal(Moments, paged.Count);
        Assert.Equal(Enumerable.Range(0, Moments).Select(i => $"long-run-scene-{i:D2}").Order(StringComparer.Ordinal), paged.Order(StringComparer.Ordinal));
        Assert.Subset(paged.ToHashSet(), first.ToHashSet());
    }

    /// <summary>
    /// "Double Lead" plays two characters in "A Twin Story", both named by all its 30 moments (60 by the roles' counts),
    /// then a role in "B Plain Story" with 30 moments: the counts of the first drama promise the page's 50 moments, which
    /// its 30 moments cannot give.
    /// </summary>
    private Task<int> BuildDoubleRoleAsync() => Factory.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var actor = new Actor { Slug = "double-lead", Name = "Double Lead", NormalizedName = Names.Normalize("Double Lead"), CreatedAt = now };
        Character Role(Drama drama, string name) =>
            new() { Slug = $"{drama.Slug}-{name.ToLowerInvariant().Replace(' ', '-')}", Name = name, NormalizedName = Names.Normalize(name), Drama = drama, Actor = actor, CreatedAt = now };
        var twin = new Drama { Slug = "a-twin-story", Title = "A Twin Story", NormalizedTitle = "a twin story", Year = 2019, CreatedAt = now };
        var plain = new Drama { Slug = "b-plain-story", Title = "B Plain Story", NormalizedTitle = "b plain story", Year = 2018, CreatedAt = now };
        var (elder, younger, only) = (Role(twin, "Elder Twin"), Role(twin, "Younger Twin"), Role(plain, "Only Role"));
        for (var i = 0; i < 30; i++)
        {
            var both = new Moment { Slug = $"twin-scene-{i:D2}", Title = $"Twin Scene {i:D2}", Drama = twin, Episode = i + 1, CreatedAt = now };
            both.Characters.AddRange([elder, younger]);
            var alone = new Moment { Slug = $"plain-scene-{i:D2}", Title = $"Plain Scene {i:D2}", Drama = plain, Episode = i + 1, CreatedAt = now };
            alone.Characters.Add(only);
            db.AddRange(both, alone);
        }
        await db.SaveChangesAsync();
        await StoredCounts.RefreshAllAsync(db, CancellationToken.None);
        return 0;
    });

    /// <summary>Every moment of an actor in the page's order (drama title, episode, id), counted from the rows.</summary>
    private Task<List<string>> AllMomentsInPageOrderAsync(string actor) => Factory.WithDbAsync(db =>
        db.Moments.Where(m => m.Characters.Any(c => c.Actor!.Slug == actor))
            .OrderBy(m => m.Drama.Title).ThenBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Id)
            .Select(m => "/moments/" + m.Slug).ToListAsync());

    [Theory]
    [InlineData("prolific-lead")] // a moment of two of the actor's roles among the first dramas
    [InlineData("double-lead")] // the first drama's counts promise more moments than it has
    public async Task ActorPage_ShowsTheFirstMomentsOfAllTheActorsMomentsInOrder(string actor)
    {
        await BuildProlificAsync();
        await BuildDoubleRoleAsync();
        var all = await AllMomentsInPageOrderAsync(actor);
        Assert.True(all.Count > ActorPage.MomentsShown);

        var page = await GetAsync($"/actors/{actor}");
        Assert.Equal(all.Take(ActorPage.MomentsShown), page.QuerySelectorAll("#moments ~ ul li a").Select(a => a.GetAttribute("href")));
    }

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
    private const int ReunionMoments = 35 + 30 + 10;

    /// <summary>
    /// "Reunion Lead" and "Reunion Love", paired in three dramas, 75 moments in all, more than their page shows: "Early
    /// Story" (2019), where the lead also plays a twin paired with the love too (20 moments of the lead and the love, 10 of
    /// the twin and the love, 5 of all three: 35, not the 40 the pairings' counts add up to), "Later Story" (2022, 30) and
    /// "Undated Story" (no year, 10). In "Side Story" one moment names both with a third character and no trope: the
    /// rule pairs them not there, so it is no moment of the couple.
    /// </summary>
    private Task<int> BuildReunionAsync() => Factory.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        Actor NewActor(string name) => new() { Slug = name.ToLowerInvariant().Replace(' ', '-'), Name = name, NormalizedName = Names.Normalize(name), CreatedAt = now };
        Character Role(Drama drama, string name, Actor actor) =>
            new() { Slug = $"{drama.Slug}-{name.ToLowerInvariant().Replace(' ', '-')}", Name = name, NormalizedName = Names.Normalize(name), Drama = drama, Actor = actor, CreatedAt = now };
        Drama NewDrama(string title, int? year) =>
            new() { Slug = title.ToLowerInvariant().Replace(' ', '-'), Title = title, NormalizedTitle = title.ToLowerInvariant(), Year = year, CreatedAt = now };
        var (lead, love, extra) = (NewActor("Reunion Lead"), NewActor("Reunion Love"), NewActor("Side Extra"));
        void Moments(Drama drama, int count, params Character[] characters)
        {
            var first = db.ChangeTracker.Entries<Moment>().Count(e => e.Entity.Drama == drama);
            for (var i = first; i < first + count; i++)
            {
                var moment = new Moment { Slug = $"{drama.Slug}-scene-{i:D2}", Title = $"{drama.Title} scene {i:D2}", Drama = drama, Episode = i % 16 + 1, CreatedAt = now };
                moment.Characters.AddRange(characters);
                db.Add(moment);
            }
        }
        var early = NewDrama("Early Story", 2019);
        var (earlyLead, earlyTwin, earlyLove) = (Role(early, "First Twin", lead), Role(early, "Second Twin", lead), Role(early, "Early Love", love));
        Moments(early, 20, earlyLead, earlyLove);
        Moments(early, 10, earlyTwin, earlyLove);
        Moments(early, 5, earlyLead, earlyTwin, earlyLove);
        var later = NewDrama("Later Story", 2022);
        Moments(later, 30, Role(later, "Later Lead", lead), Role(later, "Later Love", love));
        var undated = NewDrama("Undated Story", null);
        Moments(undated, 10, Role(undated, "Undated Lead", lead), Role(undated, "Undated Love", love));
        var side = NewDrama("Side Story", 2020);
        Moments(side, 1, Role(side, "Side Lead", lead), Role(side, "Side Love", love), Role(side, "Side Friend", extra));
        await db.SaveChangesAsync();
        await StoredCounts.RefreshAllAsync(db, CancellationToken.None);
        return 0;
    });

    /// <summary>The reunion couple's moments in the couple page's order (year, unknown last; title; episode; address), from the rows.</summary>
    private Task<List<string>> ReunionMomentsInPageOrderAsync() => Factory.WithDbAsync(db =>
        db.Moments.Where(m => m.Drama.Slug != "side-story" && m.Characters.Any(c => c.Actor!.Slug == "reunion-lead") && m.Characters.Any(c => c.Actor!.Slug == "reunion-love"))
            .OrderBy(m => m.Drama.Year == null).ThenBy(m => m.Drama.Year).ThenBy(m => m.Drama.Title).ThenBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Slug)
            .Select(m => "/moments/" + m.Slug).ToListAsync());

    [Fact]
    public async Task CouplePage_ShowsTheFirstMomentsInOrderAndLinksToTheListOfAllOfThem()
    {
        await BuildReunionAsync();
        var all = await ReunionMomentsInPageOrderAsync();
        Assert.Equal(ReunionMoments, all.Count);
        var page = await GetAsync("/couples/reunion-lead-reunion-love");

        // The first 50 in the page's order: Early Story's 35 (each once), then Later Story's first 15.
        Assert.Equal(all.Take(CouplePage.MomentsShown), page.QuerySelectorAll(".moment-cards > li > a:first-child").Select(a => a.GetAttribute("href")));
        Assert.Equal("Reunion Lead & Reunion Love: 75 moments in 3 dramas.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(4, page.QuerySelectorAll("#dramas + ul > li").Length); // two pairings in Early Story
        var more = page.QuerySelector("#moments ~ p a[href='/moments?couple=reunion-lead-reunion-love']");
        Assert.NotNull(more);
        Assert.Equal($"All {ReunionMoments} moments of Reunion Lead & Reunion Love", more.TextContent);

        // The list it links to holds exactly the couple's moments: not the one of Side Story, where they are no couple.
        var first = await GetAsync(more.GetAttribute("href")!);
        Assert.Contains($"1–{Paging.DefaultSize} of {ReunionMoments} moments", first.QuerySelector(".lede")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Couple: Reunion Lead & Reunion Love", first.QuerySelector(".active-filters")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("couple", first.QuerySelector("form.filters input[type=hidden][value='reunion-lead-reunion-love']")?.GetAttribute("name"));
        var listed = new List<string?>();
        for (var p = 1; p <= (ReunionMoments + Paging.DefaultSize - 1) / Paging.DefaultSize; p++)
        {
            var list = await GetAsync($"/moments?couple=reunion-lead-reunion-love&sort=title&page={p}");
            listed.AddRange(list.QuerySelectorAll(".moment-cards > li > a:first-child").Select(a => a.GetAttribute("href")));
        }
        Assert.Equal(all.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CouplePage_WithFewerMomentsThanShown_ListsThemAllAndNoLink()
    {
        await BuildProlificAsync();
        var page = await GetAsync("/couples/partner-00-prolific-lead");

        Assert.Equal(3, page.QuerySelectorAll(".moment-cards > li").Length);
        Assert.Null(page.QuerySelector("a[href^='/moments?couple=']"));
        // The list filtered by the couple lists the same three.
        var list = await GetAsync("/moments?couple=partner-00-prolific-lead");
        Assert.Equal(page.QuerySelectorAll(".moment-cards > li > a:first-child").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal),
            list.QuerySelectorAll(".moment-cards > li > a:first-child").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        // An address that is no couple's lists nothing.
        var none = await GetAsync("/moments?couple=nobody-at-all");
        Assert.Empty(none.QuerySelectorAll(".moment-cards > li"));
        Assert.Contains("Couple: nobody-at-all", none.QuerySelector(".active-filters")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoupleFeed_ListsTheNewestOfTheCouplesMomentsOnly()
    {
        await BuildReunionAsync();
        var all = await ReunionMomentsInPageOrderAsync();

        var response = await Factory.CreateClient().GetAsync("/couples/reunion-lead-reunion-love/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var listed = SyndicationFeed.Load(reader).Items.Select(i => i.Links.Single().Uri.AbsolutePath).ToList();
        Assert.Equal(Web.Feeds.AtomFeed.Size, listed.Count);
        Assert.All(listed, path => Assert.Contains(path, all));
    }
}
