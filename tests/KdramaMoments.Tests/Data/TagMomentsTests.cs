using KdramaMoments.Tests.Facets;
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
        await CatalogueSaves.EditsMergesAndDeletesAsync(Factory, editor, AgreeAsync);
    }
}
