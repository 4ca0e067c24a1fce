using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Articles;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Articles = await db.Articles.AsNoTracking()
            .OrderBy(a => a.Title)
            .Select(a => new ArticleRow(a.Slug, a.Title, a.FileName, a.Sources.Count, a.ImportedAt))
            .ToListAsync(cancellationToken);

    public sealed record ArticleRow(string Slug, string Title, string FileName, int Items, DateTime ImportedAt);
}
