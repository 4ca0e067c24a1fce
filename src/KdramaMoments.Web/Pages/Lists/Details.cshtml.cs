using KdramaMoments.Web.CuratedLists;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Lists;

/// <summary>
/// An editor's list (<c>/lists/{slug}</c>): its moments in the editor's order, each with the editor's note. Readers
/// see published lists; a signed-in editor also sees one not yet published (signed-in pages are never cached).
/// </summary>
public sealed class DetailsModel(KdramaDbContext db) : PageModel
{
    public CuratedListPage List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (this.RouteSlug(), HttpContext.RequestAborted);
        var list = await CuratedListQueries.BySlugAsync(db, slug, User.Identity?.IsAuthenticated == true, cancellationToken);
        if (list is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<CuratedList>(db, EntityKind.List, slug, "/lists", cancellationToken);
        }
        List = list;
        return Page();
    }
}
