using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Articles;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public PagedList<ArticleRow> Articles { get; private set; } = null!;

    // One slice of the folded title's index, counted by the total kept at write time.
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Articles = await db.Articles.AsNoTracking()
            .OrderBy(a => a.SortTitle).ThenBy(a => a.FileName)
            .Select(a => new ArticleRow(a.Slug, a.Title, a.FileName, a.Sources.Count, a.ImportedAt))
            .ToPagedListAsync(Paging.RequestedPage(Request), await CatalogueTotals.ReadAsync(db, CatalogueSizeName.Articles, cancellationToken), cancellationToken, size: 50);

    public sealed record ArticleRow(string Slug, string Title, string FileName, int Items, DateTime ImportedAt);
}
