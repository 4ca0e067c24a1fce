using System.Text.Json;
using KdramaMoments.Web.Facets;
using KdramaMoments.Web.Moments;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Facets;

/// <summary>
/// The counts of moments per pair of facet values kept at write time (<c>FacetPairCounts</c>, which the lists narrowed by
/// one trope, decade, episode band or year show) and each moment's kept decade and episode band (a decade's and a band's
/// lists read them) agree with the same counted afresh from the moments, and those lists' facet panel, total and first
/// page with what the general path gives for the same moments (a decade's and a band's in every order), on the seeds and after
/// imports and their undo, a drama's year, a moment's episode and tropes changed, a moment merge, an actor merge and its
/// undo, a moment deleted and its deletion undone, an article deleted, a trope renamed and a trope deleted.
/// </summary>
public sealed class FacetPairCountsTests : FreshSiteTests
{
    // A trope no moment holds: excluding it leaves the same moments, but takes the general path.
    private const string NoSuchTrope = "no-such-trope";

    /// <summary>Every stored row missing from, or extra to, the rows counted afresh from every moment.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var stored = (await db.FacetPairCounts.Select(r => new { First = (int)r.FirstKind, r.FirstKey, Second = (int)r.SecondKind, r.SecondKey, r.Count }).ToListAsync())
            .Select(r => r.ToString()).ToList();
        var moments = await db.Moments.Select(m => new { m.Drama.Year, m.Episode, Tags = m.Tags.Select(t => t.Id).ToList() }).ToListAsync();
        var computed = moments.SelectMany(m =>
            {
                var values = m.Tags.Select(t => (Kind: FacetKind.Tag, Key: t))
                    .Concat(m.Year is { } year and not 0 ? [(FacetKind.Year, year)] : [])
                    .Concat(m.Episode is { } episode ? [(FacetKind.Episode, episode)] : [])
                    .ToList();
                // Every ordered pair of the moment's values but a year or an episode with itself; a trope with itself counts.
                return values.SelectMany(a => values.Where(b => a.Kind != b.Kind || a.Kind == FacetKind.Tag).Select(b => (a, b)));
            })
            .GroupBy(p => p)
            .Select(g => new { First = (int)g.Key.a.Kind, FirstKey = g.Key.a.Key, Second = (int)g.Key.b.Kind, SecondKey = g.Key.b.Key, Count = g.Count() }.ToString())
            .ToList();
        return stored.Except(computed).Select(r => $"stored {r}")
            .Concat(computed.Except(stored).Select(r => $"computed {r}"))
            .Concat(stored.Count == computed.Count ? [] : [$"rows: {stored.Count} stored but {computed.Count}"])
            .ToList();
    });

    /// <summary>
    /// The moments whose kept decade or episode band (which a decade's and a band's lists read) is not their drama's
    /// decade (0 when its year is unknown) or their episode's band (0 when none).
    /// </summary>
    private Task<List<string>> DecadeAndBandDriftAsync() => Factory.WithDbAsync(async db =>
        (await db.Moments.Select(m => new { m.Slug, m.Drama.Year, m.Episode, m.Decade, m.EpisodeBand }).ToListAsync())
            .Where(m => m.Decade != (m.Year ?? 0) / 10 * 10 || m.EpisodeBand != (EpisodeRange.Bands.LastOrDefault(b => m.Episode >= b.From)?.From ?? 0))
            .Select(m => m.ToString()!).ToList());

    /// <summary>The single-facet lists (every trope, decade, band and year of the catalogue, and a few with nothing) whose answer differs from the general path's.</summary>
    private async Task<List<string>> ListsDifferAsync()
    {
        var (tropes, years) = await Factory.WithDbAsync(async db => (
            await db.Tags.Select(t => t.Slug).ToListAsync(),
            await db.Dramas.Where(d => d.Year != null).Select(d => d.Year!.Value).Distinct().ToListAsync()));
        var queries = tropes.Append("nothing-called-this").Select(t => $"tag={t}")
            .Concat(years.Select(y => y / 10 * 10).Append(1950).Distinct().Select(d => $"decade={d}"))
            .Concat(EpisodeRange.Bands.Select(b => b.Value).Concat(["3-7", "0-", "40-"]).Select(b => $"episodes={b}"))
            .Concat(years.Append(1950).Select(y => $"year={y}"));
        var client = Factory.CreateClient();
        var differ = new List<string>();
        // A decade's and a band's page is read from an index per order (kept on the moments), a trope's from its kept rows: in every order.
        var sorted = queries.SelectMany(q => q.StartsWith("decade=", StringComparison.Ordinal) || q.StartsWith("episodes=", StringComparison.Ordinal) || q.StartsWith("tag=", StringComparison.Ordinal)
            ? MomentFilter.Sorts.Select(s => $"{q}&sort={s.Value}")
            : [$"{q}&sort=title"]);
        foreach (var query in sorted)
        {
            using var fast = JsonDocument.Parse(await client.GetStringAsync($"/api/moments?{query}"));
            using var general = JsonDocument.Parse(await client.GetStringAsync($"/api/moments?{query}&not={NoSuchTrope}"));
            foreach (var property in new[] { "facets", "total", "items" })
            {
                var (ofFast, ofGeneral) = (fast.RootElement.GetProperty(property).GetRawText(), general.RootElement.GetProperty(property).GetRawText());
                if (ofFast != ofGeneral)
                {
                    differ.Add($"{query} {property}: {ofFast} but {ofGeneral}");
                }
            }
        }
        return differ;
    }

    private async Task AgreeAsync()
    {
        Assert.Empty(await DriftAsync());
        Assert.Empty(await DecadeAndBandDriftAsync());
        Assert.Empty(await ListsDifferAsync());
    }

    [Fact]
    public async Task FacetPairCounts_AgreeWithTheMomentsAndTheGeneralPath_AfterImportsEditsMergesDeletesAndUndo()
    {
        Assert.True(await Factory.WithDbAsync(db => db.FacetPairCounts.AnyAsync(r => r.FirstKind == FacetKind.Tag && r.SecondKind == FacetKind.Year)));
        await AgreeAsync();

        var editor = await CatalogueSaves.ImportsAndUndoAsync(Factory, DatabasePath, AgreeAsync);
        await CatalogueSaves.EditsMergesAndDeletesAsync(Factory, editor, AgreeAsync);
    }
}
