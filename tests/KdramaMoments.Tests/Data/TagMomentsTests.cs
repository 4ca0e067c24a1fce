using System.Globalization;
using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Facets;
using KdramaMoments.Tests.Pages.Admin;
using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Data;

/// <summary>
/// Each trope's moments kept with copies of their order keys (<c>TagMoments</c>, which a trope's moment list and page
/// read) agree with the same computed afresh from the moments and their tropes after every kind of write: imports and
/// their undo, a drama's and a moment's edits that move the keys, a moment's tropes changed, a moment merge, a moment
/// deleted and its deletion undone, an article deleted, a trope renamed and a trope deleted.
/// </summary>
public sealed class TagMomentsTests : FreshSiteTests
{
    /// <summary>Every stored row missing from, or extra to, the rows computed afresh from the moments and their tropes.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var stored = (await db.TagMoments
                .Select(r => new { r.TagId, r.MomentId, r.ListCount, r.SortYear, r.Title, r.Slug, r.SortDrama, r.Episode, r.SortTitle })
                .ToListAsync())
            .Select(r => r.ToString()).ToList();
        var moments = await db.Moments.Select(m => new
        {
            m.Id,
            ListCount = m.Sources.Select(s => s.ArticleId).Distinct().Count(),
            SortYear = m.Drama.Year ?? 0,
            m.Title,
            m.Slug,
            SortDrama = m.Drama.Title,
            m.Episode,
            SortTitle = CaseFold.Lower(m.Title),
            Tags = m.Tags.Select(t => t.Id).ToList(),
        }).ToListAsync();
        var computed = moments
            .SelectMany(m => m.Tags.Select(tag => new
            {
                TagId = tag,
                MomentId = m.Id,
                m.ListCount,
                m.SortYear,
                m.Title,
                m.Slug,
                m.SortDrama,
                m.Episode,
                m.SortTitle,
            }.ToString()))
            .ToList();
        return stored.Except(computed).Select(r => $"stored {r}")
            .Concat(computed.Except(stored).Select(r => $"computed {r}"))
            .Concat(stored.Count == computed.Count ? [] : [$"rows: {stored.Count} stored but {computed.Count}"])
            .ToList();
    });

    private async Task AgreeAsync() => Assert.Empty(await DriftAsync());

    [Fact]
    public async Task TagMoments_AgreeWithTheMomentsTropes_AfterImportsEditsMergesDeletesAndUndo()
    {
        Assert.True(await Factory.WithDbAsync(db => db.TagMoments.AnyAsync()));
        await AgreeAsync();

        var editor = await CatalogueSaves.ImportsAndUndoAsync(Factory, DatabasePath, AgreeAsync);

        // A drama's title and year move its moments' keys; a moment's title and episode its own.
        var goblin = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "goblin").Select(d => d.Id).SingleAsync());
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/dramas/edit/{goblin}", ("Input.Title", "goblin: the lonely and great god"), ("Input.Year", "2001"));
        await AgreeAsync();
        var moment = await Factory.WithDbAsync(db => db.Moments.Where(m => m.DramaId == goblin && m.Tags.Any()).Select(m => m.Id).FirstAsync());
        await ActorMomentsTests.SaveFormAsync(editor, $"/admin/moments/edit/{moment}", ("Input.Title", "AA Top of the stairs"), ("Input.Episode", ""));
        await AgreeAsync();

        // A moment's tropes changed: one taken off, another put on.
        await Factory.WithDbAsync(async db =>
        {
            var edited = await db.Moments.Include(m => m.Tags).SingleAsync(m => m.Id == moment);
            var trope = await db.Tags.Where(t => !t.Moments.Any(m => m.Id == moment)).OrderBy(t => t.Id).FirstAsync();
            edited.Tags.RemoveAt(0);
            edited.Tags.Add(trope);
            return await db.SaveChangesAsync();
        });
        await AgreeAsync();

        // Two moments of one drama merged: the loser's tropes move to the survivor, the loser goes.
        var (loser, winner) = await Factory.WithDbAsync(async db =>
        {
            var pair = await db.Moments.Where(m => m.Tags.Any())
                .GroupBy(m => m.DramaId).Where(g => g.Count() > 1).Select(g => g.OrderBy(m => m.Id).Select(m => m.Slug).Take(2).ToList()).FirstAsync();
            return (pair[1], pair[0]);
        });
        Assert.Equal(HttpStatusCode.Redirect, (await MergeTests.MergeAsync(editor, "moment", loser, winner)).StatusCode);
        await AgreeAsync();

        // A moment deleted, and the deletion undone.
        var deleted = await Factory.WithDbAsync(db => db.Moments.Where(m => m.Tags.Count() > 1).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        await CatalogueSaves.DeleteMomentAndUndoAsync(Factory, editor, deleted, AgreeAsync);

        // An article deleted: the lists its moments counted go.
        var article = await Factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var (_, articlesToken) = await EditorSession.GetFormAsync(editor, "/admin/articles");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/articles?handler=Delete", articlesToken,
            ("id", article.ToString(CultureInfo.InvariantCulture)))).StatusCode);
        await AgreeAsync();

        // A trope renamed (its rows hold only the moments' keys), then one deleted outright: the database removes its rows.
        await Factory.WithDbAsync(async db =>
        {
            var trope = await db.Tags.Where(t => t.Moments.Any()).OrderByDescending(t => t.Id).FirstAsync();
            (trope.Name, trope.Slug) = ("A trope renamed", "a-trope-renamed");
            return await db.SaveChangesAsync();
        });
        await AgreeAsync();
        await Factory.WithDbAsync(async db =>
        {
            db.Tags.Remove(await db.Tags.Where(t => t.Moments.Any()).OrderBy(t => t.Id).FirstAsync());
            return await db.SaveChangesAsync();
        });
        await AgreeAsync();
    }
}
