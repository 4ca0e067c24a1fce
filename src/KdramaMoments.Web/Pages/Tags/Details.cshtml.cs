using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Pagination;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Tags;

public sealed class DetailsModel(KdramaDbContext db) : PageModel
{

    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public PagedList<MomentCard> Moments { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (this.RouteSlug(), HttpContext.RequestAborted);
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Name, t.MomentCount }).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Tag>(db, Domain.EntityKind.Tag, slug, "/tags", cancellationToken);
        }
        (Slug, Name) = (slug, tag.Name);
        // The trope's moments are counted at write time: counting them here asked every moment of the catalogue; its page
        // is a slice of its moments kept in the list's order (TagMoment), however deep.
        Moments = await MomentQueries.TagCardPageAsync(db, slug, "listed", Paging.RequestedPage(Request), tag.MomentCount, Paging.DefaultSize, cancellationToken);
        return Page();
    }
}
