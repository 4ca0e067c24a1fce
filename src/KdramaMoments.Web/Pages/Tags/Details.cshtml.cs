using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Pagination;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Tags;

public sealed class DetailsModel(CatalogueMemo memo) : CataloguePageModel
{
    public string Name { get; private set; } = "";
    public PagedList<MomentCard> Moments { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, page, cancellationToken) = (Slug, Paging.RequestedPage(Request), HttpContext.RequestAborted);
        // The same for every reader until the catalogue changes.
        var kept = await memo.GetOrNullAsync(("tag-page", slug, page), () => LoadAsync(Db, slug, page, CancellationToken.None), t => 1 + t.Moments.Items.Count);
        if (kept is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Tag>(Db, Domain.EntityKind.Tag, slug, "/tags", cancellationToken);
        }
        (Name, Moments) = (kept.Name, kept.Moments);
        return Page();
    }

    private static async Task<TagPage?> LoadAsync(KdramaDbContext db, string slug, int? page, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Name, t.MomentCount }).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return null;
        }
        // The trope's moments are counted at write time: counting them here asked every moment of the catalogue; its page
        // is a slice of its moments kept in the list's order (TagMoment), however deep.
        return new TagPage(tag.Name, await MomentQueries.TagCardPageAsync(db, slug, "listed", page, tag.MomentCount, Paging.DefaultSize, cancellationToken));
    }

    private sealed record TagPage(string Name, PagedList<MomentCard> Moments);
}
