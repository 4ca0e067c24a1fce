using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Articles;

public sealed class IndexModel(CatalogueMemo memo) : CataloguePageModel
{
    public PagedList<ArticleRow> Articles { get; private set; } = null!;

    // Kept per catalogue version, as the drama list's pages are.
    public async Task OnGetAsync()
    {
        var page = Paging.RequestedPage(Request);
        Articles = await memo.GetAsync(("articles-page", page), () => LoadAsync(Db, page, CancellationToken.None), list => list.Items.Count);
    }

    // One slice of the folded title's index, counted by the total kept at write time.
    private static async Task<PagedList<ArticleRow>> LoadAsync(KdramaDbContext db, int? page, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking()
            .OrderBy(a => a.SortTitle).ThenBy(a => a.FileName)
            .Select(a => new ArticleRow(a.Slug, a.Title, a.FileName, a.Sources.Count, a.ImportedAt))
            .ToPagedListAsync(page, await CatalogueTotals.ReadAsync(db, CatalogueSizeName.Articles, cancellationToken), cancellationToken, size: 50);

    public sealed record ArticleRow(string Slug, string Title, string FileName, int Items, DateTime ImportedAt);
}
