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
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = ListSearch.ContainsPattern(Q);
            moments = moments.Where(m => EF.Functions.Like(CaseFold.Lower(m.Title), pattern, "\\") || EF.Functions.Like(CaseFold.Lower(m.Drama.Title), pattern, "\\"));
        }
        // Last changed first: the time the feeds keep (its edit or creation, or a newer article naming it), read from their index.
        Moments = await moments.OrderByDescending(m => m.FeedUpdatedAt).ThenByDescending(m => m.Slug)
            .Select(m => new Row(m.Id, m.Slug, m.Title, m.SortDrama, m.Episode, m.EditedAt))
            .ToPagedListAsync(Paging.RequestedPage(Request), await ListSearch.TotalAsync(db, moments, Q, CatalogueSizeName.Moments, cancellationToken), cancellationToken, size: 50);
    }

    public sealed record Row(int Id, string Slug, string Title, string Drama, int? Episode, DateTime? EditedAt);
}
