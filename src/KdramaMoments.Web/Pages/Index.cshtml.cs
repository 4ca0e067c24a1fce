using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pages.Dramas;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public CatalogCounts Counts { get; private set; } = new(0, 0);
    public IReadOnlyList<DramaSummary> MostListed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = new CatalogCounts(await db.Dramas.CountAsync(cancellationToken), await db.Moments.CountAsync(cancellationToken));
        MostListed = await db.Dramas.AsNoTracking().ToSummaries().OrderByMostListed().Take(6).ToListAsync(cancellationToken);
    }

    public sealed record CatalogCounts(int Dramas, int Moments);
}
