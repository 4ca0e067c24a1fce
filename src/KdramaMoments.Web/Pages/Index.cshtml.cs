using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pages.Dramas;
using KdramaMoments.Web.Pages.Moments;
using KdramaMoments.Web.Pages.Tags;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public CatalogCounts Counts { get; private set; } = new(0, 0, 0);
    public IReadOnlyList<MomentCard> Consensus { get; private set; } = [];
    public IReadOnlyList<DramaSummary> MostListed { get; private set; } = [];
    public IReadOnlyList<TagRow> Tropes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = new CatalogCounts(
            await db.Dramas.CountAsync(cancellationToken),
            await db.Moments.CountAsync(cancellationToken),
            await db.Articles.CountAsync(cancellationToken));
        // The consensus: moments more than one article names, the most agreed first; none when no two articles agree.
        Consensus = await db.Moments.AsNoTracking().NamedByMoreThanOneList().ToCards().SortedBy("listed").Take(6).AsSplitQuery().ToListAsync(cancellationToken);
        MostListed = await db.Dramas.AsNoTracking().ToSummaries().OrderByMostListed().Take(6).ToListAsync(cancellationToken);
        Tropes = await db.Tags.AsNoTracking().AllTagRows().Take(16).ToListAsync(cancellationToken);
    }

    public sealed record CatalogCounts(int Dramas, int Moments, int Articles);
}
