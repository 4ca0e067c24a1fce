using KdramaMoments.Web.Data;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Articles;

public sealed class DetailsModel(CatalogueMemo memo) : CataloguePageModel
{
    public ArticlePage Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (Slug, HttpContext.RequestAborted);
        // The same for every reader until the catalogue changes.
        var article = await memo.GetOrNullAsync($"article-page:{slug}", () => LoadAsync(Db, slug, CancellationToken.None), a => 1 + a.Items.Count);
        if (article is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Article>(Db, Domain.EntityKind.Article, slug, "/articles", cancellationToken);
        }
        Article = article;
        return Page();
    }

    private static Task<ArticlePage?> LoadAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ArticlePage(a.Title, a.FileName, a.ImportedAt,
                a.Sources.OrderBy(s => s.Position)
                    .Select(s => new ItemLine(s.Position, s.Rank, s.Heading, s.Moment.Slug, s.Moment.Title, s.Moment.Drama.Slug, s.Moment.Drama.Title, s.Excerpt)).ToList()))
            // Its items in a second command, joined to the article on the sources' article index: in one command SQLite read
            // every source of the catalogue, with its moment and drama, before keeping this article's.
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);

    public sealed record ArticlePage(string Title, string FileName, DateTime ImportedAt, IReadOnlyList<ItemLine> Items);

    public sealed record ItemLine(int Position, int? Rank, string Heading, string MomentSlug, string Moment, string DramaSlug, string Drama, string Excerpt);
}
