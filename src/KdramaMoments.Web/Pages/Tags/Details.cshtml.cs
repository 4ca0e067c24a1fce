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

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var name = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Tag>(db, Domain.EntityKind.Tag, slug, "/tags", cancellationToken);
        }
        (Slug, Name) = (slug, name);
        Moments = await db.Moments.AsNoTracking().Matching(db, new MomentFilter(slug, null, null, null, null))
            .SortedBy("listed").ToCards().AsSplitQuery()
            .ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken);
        return Page();
    }
}
