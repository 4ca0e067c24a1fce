using System.Globalization;
using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Data;
using KdramaMoments.Tests.Pages.Admin;
using KdramaMoments.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.CoStars;

/// <summary>
/// The co-stars kept at write time (<c>CoStarDramas</c>: a row per drama and pair of its cast's actors; <c>CoStarPairs</c>:
/// how many dramas each pair shares, from each side) agree with the same computed afresh from the roles after every kind of
/// write that changes a cast: the seed import, imports from the command line and the import page, a character given
/// another actor, merges of actors and of dramas, a character deleted, and undoing the edit, the merges and an import.
/// </summary>
public sealed class CoStarDramaTests : FreshSiteTests
{
    /// <summary>Every stored row missing from the roles' computation, and every computed row not stored.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var roles = await db.Characters.Where(c => c.ActorId != null).Select(c => new { c.DramaId, ActorId = c.ActorId!.Value }).ToListAsync();
        var dramasCounted = roles.GroupBy(r => r.DramaId)
            .SelectMany(cast =>
            {
                var actors = cast.Select(r => r.ActorId).Distinct().Order().ToList();
                return actors.SelectMany((a, i) => actors.Skip(i + 1).Select(b => (Drama: cast.Key, First: a, Second: b)));
            })
            .ToList();
        var pairsCounted = dramasCounted.SelectMany(p => new[] { (Actor: p.First, CoStar: p.Second), (Actor: p.Second, CoStar: p.First) })
            .GroupBy(p => p)
            .Select(g => $"actor {g.Key.Actor}, co-star {g.Key.CoStar}: {g.Count()} dramas")
            .Order(StringComparer.Ordinal).ToList();
        var dramasStored = (await db.CoStarDramas.Select(p => new { p.DramaId, p.FirstActorId, p.SecondActorId }).ToListAsync())
            .Select(p => $"drama {p.DramaId}: actors {p.FirstActorId} and {p.SecondActorId}").Order(StringComparer.Ordinal).ToList();
        var pairsStored = (await db.CoStarPairs.Select(p => new { p.ActorId, p.CoStarId, p.DramaCount }).ToListAsync())
            .Select(p => $"actor {p.ActorId}, co-star {p.CoStarId}: {p.DramaCount} dramas").Order(StringComparer.Ordinal).ToList();
        var dramas = dramasCounted.Select(p => $"drama {p.Drama}: actors {p.First} and {p.Second}").Order(StringComparer.Ordinal).ToList();
        // Each actor's links on the map: a link per co-star and drama shared.
        var linksCounted = dramasCounted.SelectMany(p => new[] { p.First, p.Second }).CountBy(a => a).ToDictionary(a => a.Key, a => a.Value);
        var linksStored = await db.Actors.Select(a => new { a.Id, a.CoStarLinks }).ToListAsync();
        return dramasStored.Except(dramas).Select(p => $"stored {p}")
            .Concat(dramas.Except(dramasStored).Select(p => $"computed {p}"))
            .Concat(dramasStored.Count == dramas.Count ? [] : [$"drama rows: {dramasStored.Count} stored but {dramas.Count}"])
            .Concat(pairsStored.Except(pairsCounted).Select(p => $"stored {p}"))
            .Concat(pairsCounted.Except(pairsStored).Select(p => $"computed {p}"))
            .Concat(linksStored.Where(a => a.CoStarLinks != linksCounted.GetValueOrDefault(a.Id)).Select(a => $"actor {a.Id}: {a.CoStarLinks} links stored but {linksCounted.GetValueOrDefault(a.Id)}"))
            .ToList();
    });

    [Fact]
    public async Task CoStars_AgreeWithTheRoles_AfterImportsAnEditAMergeDeletesAndUndo()
    {
        // The seeds were imported as the site started.
        Assert.Empty(await DriftAsync());
        Assert.True(await Factory.WithDbAsync(db => db.CoStarPairs.AnyAsync(p => p.DramaCount >= 1)));

        var errors = new StringWriter();
        Assert.True(await CommandLine.RunAsync(["import", RepositoryPaths.Fixture("second-looks.txt"), "--db", DatabasePath], new StringWriter(), errors) == 0, errors.ToString());
        Assert.Empty(await DriftAsync());

        var editor = await EditorSession.NewEditorClientAsync(Factory);
        await StoredCountsTests.ImportFromPageAsync(editor, "summer-no-style.txt");
        Assert.Empty(await DriftAsync());

        // A role given to an actor from outside its drama: they become co-stars of the rest of its cast, and its former actor stops being one.
        var role = await Factory.WithDbAsync(async db => await db.Characters
            .Where(c => c.ActorId != null && db.Characters.Any(o => o.DramaId == c.DramaId && o.ActorId != null && o.ActorId != c.ActorId))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.DramaId, DramaSlug = c.Drama.Slug, Other = db.Characters.Where(o => o.DramaId == c.DramaId && o.ActorId != null && o.ActorId != c.ActorId).Select(o => o.Actor!.Slug).First() })
            .FirstAsync());
        var newcomer = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Characters.All(c => c.DramaId != role.DramaId)).OrderBy(a => a.Id).Select(a => a.Slug).FirstAsync());
        var (form, editToken) = await EditorSession.GetFormAsync(editor, $"/admin/characters/edit/{role.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, $"/admin/characters/edit/{role.Id}", editToken,
            EditorSession.FormFields(form, ("Input.ActorSlug", newcomer)))).StatusCode);
        Assert.Empty(await DriftAsync());
        var coStars = CoStarList(await editor.GetStringAsync($"/actors/{newcomer}"));
        Assert.Contains($"href=\"/actors/{role.Other}\"", coStars, StringComparison.Ordinal);
        Assert.Contains($"href=\"/dramas/{role.DramaSlug}\"", coStars, StringComparison.Ordinal);

        // The edit taken back.
        await UndoNewestAsync(editor);
        Assert.Empty(await DriftAsync());

        // A second spelling of an actor with a role of their own, merged into the first, and the merge undone.
        await StoredCountsTests.AddSecondSpellingOfHyunBinAsync(Factory);
        Assert.Empty(await DriftAsync());
        var survivor = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "hyun-bin").Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "actor", "hyeon-bin", "hyun-bin")).StatusCode);
        Assert.Empty(await DriftAsync());
        var (undone, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, $"/admin/history/actor/{survivor}", "Undo the whole merge");
        Assert.StartsWith("Undid the merge", undone, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());

        // A drama merged into another (its roles move; the drama is deleted), and the merge undone.
        var crash = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "crash-landing-on-you").Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "drama", "goblin", "crash-landing-on-you")).StatusCode);
        Assert.Empty(await DriftAsync());
        var (undoneDrama, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, $"/admin/history/drama/{crash}", "Undo the whole merge");
        Assert.StartsWith("Undid the merge", undoneDrama, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());

        // A role deleted (a drama is deleted only without roles).
        await Factory.WithDbAsync(async db =>
        {
            db.Characters.Remove(await db.Characters.Where(c => c.ActorId != null).OrderByDescending(c => c.Id).FirstAsync());
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await DriftAsync());

        // The newest import (from the page) taken back: the roles it added go.
        var (undoneImport, _) = await UndoMergeAndImportTests.PressUndoAsync(editor, "/admin/changes", "Undo the whole import");
        Assert.StartsWith("Undid the import", undoneImport, StringComparison.Ordinal);
        Assert.Empty(await DriftAsync());
    }

    private async Task UndoNewestAsync(HttpClient editor)
    {
        var newest = await Factory.WithDbAsync(db => db.Revisions.OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/changes");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/changes?handler=Undo", token,
            ("revision", newest.ToString(CultureInfo.InvariantCulture)))).StatusCode);
    }

    /// <summary>The actor page's list of co-stars (the map above it names them too).</summary>
    private static string CoStarList(string html)
    {
        var start = html.IndexOf("class=\"costar-list\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no co-star list");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }
}
