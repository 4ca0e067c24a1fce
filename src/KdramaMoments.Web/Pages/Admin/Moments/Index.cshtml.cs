using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Moments;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [TempData] public string? StatusMessage { get; set; }

    public PagedList<Row> Moments { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var moments = db.Moments.AsNoTracking();
        var page = Paging.RequestedPage(Request);
        int total;
        if (string.IsNullOrWhiteSpace(Q))
        {
            total = await CatalogueTotals.ReadAsync(db, CatalogueSizeName.Moments, cancellationToken);
        }
        else
        {
            (moments, total) = await MomentTitleSearch.SearchAsync(db, moments, Q, page, PageSize, cancellationToken);
        }
        // Last changed first: the time the feeds keep (its edit or creation, or a newer article naming it), read from their index.
        Moments = await moments.OrderByDescending(m => m.FeedUpdatedAt).ThenByDescending(m => m.Slug)
            .Select(m => new Row(m.Id, m.Slug, m.Title, m.SortDrama, m.Episode, m.EditedAt))
            .ToPagedListAsync(page, total, cancellationToken, size: PageSize);
    }

    private const int PageSize = 50;

    public sealed record Row(int Id, string Slug, string Title, string Drama, int? Episode, DateTime? EditedAt);
}
