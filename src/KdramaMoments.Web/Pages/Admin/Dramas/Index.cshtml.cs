using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Dramas;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [TempData] public string? StatusMessage { get; set; }

    public PagedList<Row> Dramas { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var dramas = db.Dramas.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Found by any of its names, compared the way the importer compares them.
            var key = Domain.Names.Normalize(Q);
            dramas = key.Length == 0 ? dramas.Where(d => false) : dramas.Where(d => d.NormalizedTitle.Contains(key) || d.Aliases.Any(a => a.NormalizedName.Contains(key)));
        }
        Dramas = await dramas.OrderBy(d => d.SortTitle).ThenBy(d => d.Id)
            .Select(d => new Row(d.Id, d.Slug, d.Title, d.Year, d.Aliases.Count, d.MomentCount))
            .ToPagedListAsync(Paging.RequestedPage(Request), await ListSearch.TotalAsync(db, dramas, Q, CatalogueSizeName.Dramas, cancellationToken), cancellationToken, size: 50);
    }

    public sealed record Row(int Id, string Slug, string Title, int? Year, int Aliases, int Moments);
}
