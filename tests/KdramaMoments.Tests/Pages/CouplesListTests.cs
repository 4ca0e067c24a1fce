using AngleSharp.Dom;
using KdramaMoments.Tests.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using CouplesPage = KdramaMoments.Web.Pages.Couples.IndexModel;

namespace KdramaMoments.Tests.Pages;

/// <summary>
/// More couples than <c>/couples</c> shows on a page, reunions among them: its pages, in turn, list every couple once in
/// the order of the couples found afresh from every moment, reunions under their heading, with the site's pager.
/// </summary>
public sealed class CouplesListTests : FreshSiteTests
{
    private const int Pairs = CouplesPage.PageSize + 10;

    // "Lead i" and "Love i" share i % 3 + 1 moments naming just the two of them in one drama; every fifth pair again in a second.
    private Task<int> BuildAsync() => Factory.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        Actor NewActor(string name) => new() { Slug = name.ToLowerInvariant().Replace(' ', '-'), Name = name, NormalizedName = Names.Normalize(name), CreatedAt = now };
        var scene = 0;
        void Pairing(string dramaSlug, Actor one, Actor two, int moments)
        {
            var drama = new Drama { Slug = dramaSlug, Title = dramaSlug, NormalizedTitle = dramaSlug, Year = 2010, CreatedAt = now };
            Character Role(Actor actor) => new() { Slug = $"{dramaSlug}-{actor.Slug}", Name = actor.Name, NormalizedName = actor.NormalizedName, Drama = drama, Actor = actor, CreatedAt = now };
            var (a, b) = (Role(one), Role(two));
            for (var m = 0; m < moments; m++)
            {
                var moment = new Moment { Slug = $"listed-scene-{scene}", Title = $"Listed scene {scene++}", Drama = drama, CreatedAt = now };
                moment.Characters.AddRange([a, b]);
                db.Add(moment);
            }
        }
        for (var i = 0; i < Pairs; i++)
        {
            var (lead, love) = (NewActor($"Lead {i:D2}"), NewActor($"Love {i:D2}"));
            Pairing($"listed-{i:D2}", lead, love, i % 3 + 1);
            if (i % 5 == 0)
            {
                Pairing($"listed-again-{i:D2}", love, lead, 1);
            }
        }
        await db.SaveChangesAsync();
        await StoredCounts.RefreshAllAsync(db, CancellationToken.None);
        return 0;
    });

    private static string Card(IElement li) => $"{li.QuerySelector("a")!.GetAttribute("href")} {li.QuerySelector(".meta")!.TextContent.Split('·')[^1].Trim()}";

    [Fact]
    public async Task CouplesList_PagesThroughEveryCoupleOnce_InTheOrderFoundFromEveryMoment()
    {
        await BuildAsync();
        var all = await Factory.WithDbAsync(db => AllCouples.FindAsync(db, CancellationToken.None));
        Assert.True(all.Count > CouplesPage.PageSize, $"{all.Count} couples");
        var expected = all.Select(c => $"{(c.IsReunion ? "reunion" : "one drama")} /couples/{c.Slug} {c.MomentIds.Count} {(c.MomentIds.Count == 1 ? "moment" : "moments")}").ToList();

        var client = Factory.CreateClient();
        var pages = (all.Count + CouplesPage.PageSize - 1) / CouplesPage.PageSize;
        var read = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var document = await client.GetDocumentAsync(page == 1 ? "/couples" : $"/couples?page={page}");
            Assert.Equal($"Page {page} of {pages}", document.QuerySelector(".pager [aria-current=page]")!.TextContent);
            Assert.Equal(page < pages, document.QuerySelector(".pager a[rel=next]") is not null);
            read.AddRange(document.QuerySelectorAll("section[aria-labelledby=reunions] .couple-cards > li").Select(li => $"reunion {Card(li)}"));
            read.AddRange(document.QuerySelectorAll("section[aria-labelledby=all-couples] .couple-cards > li").Select(li => $"one drama {Card(li)}"));
        }
        Assert.Equal(expected, read);
        // Past the end: the last page.
        Assert.Equal($"Page {pages} of {pages}", (await client.GetDocumentAsync("/couples?page=99")).QuerySelector(".pager [aria-current=page]")!.TextContent);
        Assert.Equal(all.Count, await Factory.WithDbAsync(db => CatalogueTotals.ReadAsync(db, CatalogueSizeName.Couples, CancellationToken.None)));
    }
}
