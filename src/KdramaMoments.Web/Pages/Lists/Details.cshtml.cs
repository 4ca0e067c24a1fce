using KdramaMoments.Web.CuratedLists;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;

namespace KdramaMoments.Web.Pages.Lists;

/// <summary>
/// An editor's list (<c>/lists/{slug}</c>): its moments in the editor's order, each with the editor's note. Readers
/// see published lists; a signed-in editor also sees one not yet published (signed-in pages are never cached).
/// </summary>
public sealed class DetailsModel(CatalogueMemo memo) : CataloguePageModel
{
    public CuratedListPage List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (Slug, HttpContext.RequestAborted);
        // A published list is the same for every reader until the catalogue changes; an editor's view (with the lists not
        // yet published) is read each time.
        var list = User.Identity?.IsAuthenticated == true
            ? await CuratedListQueries.BySlugAsync(Db, slug, includeUnpublished: true, cancellationToken)
            : await memo.GetOrNullAsync($"list-page:{slug}", () => CuratedListQueries.BySlugAsync(Db, slug, includeUnpublished: false, CancellationToken.None), l => 1 + l.Moments.Count);
        if (list is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<CuratedList>(Db, EntityKind.List, slug, "/lists", cancellationToken);
        }
        List = list;
        return Page();
    }
}
