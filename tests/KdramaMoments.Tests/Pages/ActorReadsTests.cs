using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages;

/// <summary>
/// What an actor's page and the moment list filtered by an actor read from the actor's roles (indexes on the characters'
/// actor) equals what every moment and every character say, for every seeded actor.
/// </summary>
public sealed class ActorReadsTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task MomentsFilteredByActor_ListEveryMomentNamingOneOfTheActorsCharacters()
    {
        // The reference asks every moment whether one of its characters is the actor's.
        var expected = await site.Factory.WithDbAsync(async db => (await db.Moments
                .Select(m => new { m.Slug, Actors = m.Characters.Where(c => c.Actor != null).Select(c => c.Actor!.Slug).ToList() })
                .ToListAsync())
            .SelectMany(m => m.Actors.Select(a => new { Actor = a, m.Slug }))
            .GroupBy(x => x.Actor).ToDictionary(g => g.Key, g => g.Select(x => x.Slug).Distinct().Order(StringComparer.Ordinal).ToList()));
        Assert.True(expected.Count >= 4, $"the seeds name {expected.Count} actors' characters");
        var client = site.Factory.CreateClient();
        foreach (var (actor, slugs) in expected)
        {
            using var page = JsonDocument.Parse(await client.GetStringAsync($"/api/moments?actor={actor}&pageSize=100"));
            Assert.Equal(slugs.Count, page.RootElement.GetProperty("total").GetInt32());
            Assert.Equal(slugs, page.RootElement.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal));
            // The facet counts count the same moments: every trope's count is at most the list's total.
            Assert.All(page.RootElement.GetProperty("facets").GetProperty("tags").EnumerateArray(), t => Assert.InRange(t.GetProperty("count").GetInt32(), 1, slugs.Count));
            var list = await client.GetDocumentAsync($"/moments?actor={actor}");
            Assert.Equal(Math.Min(slugs.Count, 24), list.QuerySelectorAll(".moment-cards > li").Length);
        }
    }

    [Fact]
    public async Task ActorPages_DrawTheLinksAmongTheirCoStars_FromEveryRole()
    {
        // The reference: every pair of actors with roles in one drama, from every character.
        var roles = await site.Factory.WithDbAsync(db => db.Characters.Where(c => c.ActorId != null)
            .Select(c => new { Actor = c.ActorId!.Value, ActorName = c.Actor!.Name, c.Actor.Slug, Drama = c.Drama.Slug, c.Drama.Title }).ToListAsync());
        var client = site.Factory.CreateClient();
        var checkedLinks = 0;
        foreach (var actor in roles.Select(r => r.Slug).Distinct())
        {
            var page = await client.GetDocumentAsync($"/actors/{actor}");
            var drawn = page.QuerySelectorAll(".costar-map g.nodes a").Select(a => a.GetAttribute("href")!["/actors/".Length..]).ToHashSet();
            var ofDrawn = roles.Where(r => drawn.Contains(r.Slug)).ToList();
            var expected = ofDrawn.SelectMany(a => ofDrawn.Where(b => b.Drama == a.Drama && a.Actor < b.Actor).Select(b => (a, b)))
                .GroupBy(p => (p.a.Actor, p.b.Actor))
                .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2)
                .Select(g => $"{g.First().a.ActorName} and {g.First().b.ActorName}: " +
                    string.Join(", ", g.DistinctBy(p => p.a.Drama).Select(p => p.a.Title).Order(StringComparer.OrdinalIgnoreCase)))
                .ToList();
            var links = page.QuerySelectorAll(".costar-map g.edges line title").Select(t => t.TextContent).ToList();
            Assert.Equal(expected, links);
            checkedLinks += links.Count;
        }
        Assert.True(checkedLinks >= 4, $"the seeds link {checkedLinks} co-stars");
    }
}
