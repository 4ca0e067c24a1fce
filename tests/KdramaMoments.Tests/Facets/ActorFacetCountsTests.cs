using System.Net;
using System.Text.Json;
using KdramaMoments.Tests.Data;
using KdramaMoments.Tests.Pages.Admin;
using KdramaMoments.Web.Facets;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Facets;

/// <summary>
/// An actor's facet counts kept at write time (<c>ActorFacetCounts</c>, which the actor-only moment lists show) agree with
/// the same counted afresh from the moments, and the actor-only lists' facet panel with what the general path counts for
/// the same moments, on the seeds and after imports, a moment's tropes, episode and characters changed, a drama's year
/// changed, a character given another actor, an actor merge and its undo, a moment merge, deletes and their undo.
/// </summary>
public sealed class ActorFacetCountsTests : FreshSiteTests
{
    // A trope no moment holds: excluding it leaves the same moments, but takes the general path (facets given).
    private const string NoSuchTrope = "no-such-trope";

    /// <summary>Every stored row missing from, or extra to, the rows counted afresh from every moment of every actor.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var stored = (await db.ActorFacetCounts.Select(r => new { r.ActorId, r.Facet, r.Key, r.Count }).ToListAsync())
            .Select(r => r.ToString()).ToList();
        var moments = await db.Moments.Select(m => new
        {
            m.Drama.Year,
            m.Episode,
            Tags = m.Tags.Select(t => t.Id).ToList(),
            Actors = m.Characters.Where(c => c.ActorId != null).Select(c => c.ActorId!.Value).ToList(),
        }).ToListAsync();
        var ofActors = moments.SelectMany(m => m.Actors.Distinct().Select(actor => (Actor: actor, Moment: m))).ToList();
        var computed = ofActors.SelectMany(x => x.Moment.Tags.Select(tag => (x.Actor, Facet: ActorFacet.Tag, Key: tag)))
            .Concat(ofActors.Where(x => x.Moment.Year is not null).Select(x => (x.Actor, Facet: ActorFacet.Decade, Key: x.Moment.Year!.Value / 10 * 10)))
            .Concat(ofActors.Where(x => x.Moment.Episode is not null).Select(x => (x.Actor, Facet: ActorFacet.Episode, Key: x.Moment.Episode!.Value)))
            .GroupBy(x => x)
            .Select(g => new { ActorId = g.Key.Actor, g.Key.Facet, g.Key.Key, Count = g.Count() }.ToString())
            .ToList();
        return stored.Except(computed).Select(r => $"stored {r}")
            .Concat(computed.Except(stored).Select(r => $"computed {r}"))
            .Concat(stored.Count == computed.Count ? [] : [$"rows: {stored.Count} stored but {computed.Count}"])
            .ToList();
    });

    /// <summary>The busiest actors' lists whose facet counts (the fast path) differ from the general path's for the same moments.</summary>
    private async Task<List<string>> PanelsDifferAsync(params string[] alsoActors)
    {
        var busiest = await Factory.WithDbAsync(db => db.Actors.OrderByDescending(a => a.MomentCount).ThenBy(a => a.Id).Select(a => a.Slug).Take(3).ToListAsync());
        var client = Factory.CreateClient();
        var differ = new List<string>();
        foreach (var actor in busiest.Union(alsoActors))
        {
            using var fast = JsonDocument.Parse(await client.GetStringAsync($"/api/moments?actor={actor}"));
            using var general = JsonDocument.Parse(await client.GetStringAsync($"/api/moments?actor={actor}&not={NoSuchTrope}"));
            var (fastFacets, generalFacets) = (fast.RootElement.GetProperty("facets").GetRawText(), general.RootElement.GetProperty("facets").GetRawText());
            if (fastFacets != generalFacets)
            {
                differ.Add($"{actor}: {fastFacets} but {generalFacets}");
            }
            if (fast.RootElement.GetProperty("total").GetInt32() != general.RootElement.GetProperty("total").GetInt32())
            {
                differ.Add($"{actor}: the two paths list different moments");
            }
        }
        return differ;
    }

    private async Task AgreeAsync(params string[] alsoActors)
    {
        Assert.Empty(await DriftAsync());
        Assert.Empty(await PanelsDifferAsync(alsoActors));
    }

    [Fact]
    public async Task ActorFacetCounts_AgreeWithTheMomentsAndTheGeneralPath_AfterImportsEditsMergesDeletesAndUndo()
    {
        await AgreeAsync();
        Assert.True(await Factory.WithDbAsync(db => db.ActorFacetCounts.AnyAsync(r => r.Facet == ActorFacet.Tag)));
        // Every actor's panel, on the seeds.
        Assert.Empty(await PanelsDifferAsync([.. await Factory.WithDbAsync(db => db.Actors.Select(a => a.Slug).ToListAsync())]));

        var editor = await CatalogueSaves.ImportsAndUndoAsync(Factory, DatabasePath, () => AgreeAsync());

        // A drama's year moves its moments' decade; a moment's episode its band.
        var goblin = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/dramas/edit/{goblin}", ("Input.Year", "2001"));
        var moment = await Factory.WithDbAsync(db => db.Moments.Where(m => m.DramaId == goblin && m.Characters.Any(c => c.ActorId != null)).Select(m => m.Id).FirstAsync());
        var actorsOfMoment = await Factory.WithDbAsync(db => db.Moments.Where(m => m.Id == moment).SelectMany(m => m.Characters).Where(c => c.Actor != null).Select(c => c.Actor!.Slug).ToListAsync());
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/moments/edit/{moment}", ("Input.Episode", "17"));
        await AgreeAsync([.. actorsOfMoment]);

        // A moment's tropes changed (one taken off, another put on) and its characters (one taken off, another named).
        await Factory.WithDbAsync(async db =>
        {
            var edited = await db.Moments.Include(m => m.Tags).Include(m => m.Characters).SingleAsync(m => m.Id == moment);
            var trope = await db.Tags.Where(t => !t.Moments.Any(m => m.Id == moment)).OrderBy(t => t.Id).FirstAsync();
            if (edited.Tags.Count > 0)
            {
                edited.Tags.RemoveAt(0);
            }
            edited.Tags.Add(trope);
            var other = await db.Characters.Where(c => c.DramaId == edited.DramaId && c.ActorId != null).OrderByDescending(c => c.Id).FirstAsync();
            edited.Characters.RemoveAt(0);
            if (!edited.Characters.Contains(other))
            {
                edited.Characters.Add(other);
            }
            return await db.SaveChangesAsync();
        });
        await AgreeAsync([.. actorsOfMoment]);

        // A character given another actor: its moments' tropes leave the first actor's counts and join the second's.
        var (role, firstActor, otherActor) = await Factory.WithDbAsync(async db =>
        {
            var character = await db.Characters.Where(c => c.ActorId != null && c.Moments.Any()).OrderBy(c => c.Id).Select(c => new { c.Id, c.ActorId, c.Actor!.Slug }).FirstAsync();
            var actor = await db.Actors.Where(a => a.Id != character.ActorId).OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync();
            return (character.Id, character.Slug, actor);
        });
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/characters/edit/{role}", ("Input.ActorSlug", otherActor));
        await AgreeAsync(firstActor, otherActor);

        // An actor merged into another, and the merge undone.
        var (from, into) = await Factory.WithDbAsync(async db =>
        {
            var busiest = await db.Actors.OrderByDescending(a => a.MomentCount).ThenBy(a => a.Id).Select(a => a.Slug).Take(2).ToListAsync();
            return (busiest[1], busiest[0]);
        });
        var survivor = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == into).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "actor", from, into)).StatusCode);
        await AgreeAsync();
        var (undone, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, $"/admin/history/actor/{survivor}", "Undo the whole merge");
        Assert.StartsWith("Undid the merge", undone, StringComparison.Ordinal);
        await AgreeAsync(from);

        // Two moments of one drama merged: the loser's tropes and characters move to the survivor.
        var (loser, winner) = await Factory.WithDbAsync(async db =>
        {
            var pair = await db.Moments.Where(m => m.Characters.Any(c => c.ActorId != null) && m.Tags.Any())
                .GroupBy(m => m.DramaId).Where(g => g.Count() > 1).Select(g => g.OrderBy(m => m.Id).Select(m => m.Slug).Take(2).ToList()).FirstAsync();
            return (pair[1], pair[0]);
        });
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "moment", loser, winner)).StatusCode);
        await AgreeAsync();

        // A character deleted (the database removes its moments' join rows).
        await Factory.WithDbAsync(async db =>
        {
            db.Characters.Remove(await db.Characters.Where(c => c.ActorId != null && c.Moments.Any()).OrderByDescending(c => c.Id).FirstAsync());
            return await db.SaveChangesAsync();
        });
        await AgreeAsync();

        // A moment deleted, and the deletion undone.
        var deleted = await Factory.WithDbAsync(db => db.Moments.Where(m => m.Characters.Any(c => c.ActorId != null) && m.Tags.Any()).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        await CatalogueSaves.DeleteMomentAndUndoAsync(Factory, editor, deleted, () => AgreeAsync());

        // A trope deleted outright: the database removes its join rows, and its counts go with it.
        await Factory.WithDbAsync(async db =>
        {
            db.Tags.Remove(await db.Tags.Where(t => t.Moments.Any()).OrderBy(t => t.Id).FirstAsync());
            return await db.SaveChangesAsync();
        });
        await AgreeAsync();
    }
}
