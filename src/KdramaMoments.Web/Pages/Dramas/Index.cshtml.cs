using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Dramas;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public IReadOnlyList<DramaSummary> Dramas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Dramas = await db.Dramas.AsNoTracking().ToSummaries().OrderByMostListed().ToListAsync(cancellationToken);
}
