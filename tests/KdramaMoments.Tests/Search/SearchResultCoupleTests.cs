using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Data;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// The couple a search result names for a moment, read from the pairing rule's kept evidence
/// (<see cref="CoupleQueries.CouplesOfMomentsAsync"/>, <see cref="PairEvidence"/>), is the couple the rule gives from
/// every moment of the moments' dramas (<see cref="CoupleQueries.PairsInDramasAsync"/>, as the moment's page reads it):
/// on the seeds, after an import, a trope renamed out of the romance tropes and back, and editors' corrections.
/// </summary>
public sealed class SearchResultCoupleTests : FreshSiteTests
{
    /// <summary>Every moment whose couple read from the kept evidence differs from the rule's over its dramas' moments, a page of moments at a time.</summary>
    private Task<List<string>> DriftAsync() => Factory.WithDbAsync(async db =>
    {
        var moments = await db.Moments.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.DramaId, m.Title, Characters = m.Characters.OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToList() })
            .ToListAsync();
        var drift = new List<string>();
        // As a search's page shows them: twenty moments of several dramas at once.
        foreach (var page in moments.Chunk(20))
        {
            var shown = page.Select(m => (m.Id, m.DramaId, m.Title, (IReadOnlyList<(int, string)>)m.Characters.Select(c => (c.Id, c.Name)).ToList())).ToList();
            var kept = await CoupleQueries.CouplesOfMomentsAsync(db, shown, CancellationToken.None);
            var pairs = await CoupleQueries.PairsInDramasAsync(db, page.Where(m => m.Characters.Count >= 2).Select(m => m.DramaId).Distinct().ToList(), CancellationToken.None);
            foreach (var (id, _, title, characters) in shown)
            {
                var afresh = CoupleRule.CoupleOf(characters, title, pairs);
                if (!afresh.SequenceEqual(kept[id]))
                {
                    drift.Add($"moment {id} ({title}): kept [{string.Join(", ", kept[id])}] but afresh [{string.Join(", ", afresh)}]");
                }
            }
        }
        return drift;
    });

    [Fact]
    public async Task MomentsCouple_FromTheKeptEvidence_IsTheRulesFromEveryMoment_AfterImportsRenamesAndCorrections()
    {
        Assert.Empty(await DriftAsync());
        Assert.True(await Factory.WithDbAsync(db => db.PairEvidence.CountAsync()) > 0);

        var editor = await EditorSession.NewEditorClientAsync(Factory);
        await StoredCountsTests.ImportFromPageAsync(editor, "summer-no-style.txt");
        Assert.Empty(await DriftAsync());

        // A romance trope renamed out of the rule: pairs it made lose their reason (and their moments' couple), then get it back.
        var kiss = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "kiss").Select(t => t.Id).SingleAsync());
        await StoredCountsTests.RenameTropeAsync(Factory, editor, kiss, "Smooch");
        Assert.Empty(await DriftAsync());
        await StoredCountsTests.RenameTropeAsync(Factory, editor, kiss, "Kiss");
        Assert.Empty(await DriftAsync());

        // Editors' corrections: the busiest pair said not to be a couple, and the first and last characters of a crowded moment said to be one.
        await Factory.WithDbAsync(async db =>
        {
            var busiest = await db.PairEvidence.OrderByDescending(p => p.MomentCount).ThenBy(p => p.DramaId).FirstAsync();
            db.PairingCorrections.Add(new PairingCorrection { FirstCharacterId = busiest.FirstCharacterId, SecondCharacterId = busiest.SecondCharacterId, IsCouple = false });
            await db.SaveChangesAsync();
            var crowded = await db.Moments.Where(m => m.Characters.Count >= 3).OrderBy(m => m.Id)
                .Select(m => m.Characters.OrderBy(c => c.Id).Select(c => c.Id).ToList()).FirstAsync();
            var (first, second) = (crowded[0], crowded[^1]);
            if (!await db.PairingCorrections.AnyAsync(p => p.FirstCharacterId == first && p.SecondCharacterId == second))
            {
                db.PairingCorrections.Add(new PairingCorrection { FirstCharacterId = first, SecondCharacterId = second, IsCouple = true });
            }
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await DriftAsync());
    }
}
