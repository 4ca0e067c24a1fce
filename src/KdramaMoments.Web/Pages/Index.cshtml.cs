using KdramaMoments.Web.Data;
using KdramaMoments.Web.Dramas;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Pages.Tags;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages;

public sealed class IndexModel(CatalogueMemo memo) : CataloguePageModel
{
    public CatalogCounts Counts { get; private set; } = new(0, 0, 0);
    public IReadOnlyList<MomentCard> Consensus { get; private set; } = [];
    public IReadOnlyList<DramaSummary> MostListed { get; private set; } = [];
    public IReadOnlyList<TagRow> Tropes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Every part reads stored counts on an index, a few rows each; kept per catalogue version all the same, as it changes only then.
        (Counts, Consensus, MostListed, Tropes) = await memo.GetAsync("home", LoadAsync);
    }

    private async Task<HomeSections> LoadAsync()
    {
        var db = Db;
        var size = await CatalogueTotals.ReadAsync(db, CancellationToken.None);
        var counts = new CatalogCounts(size.Dramas, size.Moments, size.Articles);
        // The consensus: moments more than one article names, the most agreed first; none when no two articles agree.
        var consensus = await db.Moments.AsNoTracking().NamedByMoreThanOneList().SortedBy("listed").ToCards().Take(6).AsSplitQuery().ToListAsync();
        var mostListed = await db.Dramas.AsNoTracking().OrderByMostListed().ToSummaries().Take(6).ToListAsync();
        var tropes = await db.Tags.AsNoTracking().AllTagRows().Take(16).ToListAsync();
        return new HomeSections(counts, consensus, mostListed, tropes);
    }

    private sealed record HomeSections(CatalogCounts Counts, IReadOnlyList<MomentCard> Consensus, IReadOnlyList<DramaSummary> MostListed, IReadOnlyList<TagRow> Tropes);

    public sealed record CatalogCounts(int Dramas, int Moments, int Articles);
}
