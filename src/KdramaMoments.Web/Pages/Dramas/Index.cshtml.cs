using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Dramas;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public string SortOrDefault { get; private set; } = "listed";

    public PagedList<DramaSummary> Dramas { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SortOrDefault = DramaQueries.Sorts.Any(s => s.Value == Sort) ? Sort! : await db.Dramas.DefaultSortAsync(cancellationToken);
        Dramas = await db.Dramas.AsNoTracking().ToSummaries().SortedBy(SortOrDefault)
            .ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken, size: 50);
    }
}
