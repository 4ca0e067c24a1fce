using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Actors;

/// <summary>Every role of one actor, a page at a time, in the order their page lists the first ones (by drama title).</summary>
public sealed class RolesModel(KdramaDbContext db) : PageModel
{
    public const int PageSize = 50;

    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public PagedList<DetailsModel.RoleLine> Roles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (this.RouteSlug(), HttpContext.RequestAborted);
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Name }).SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            var current = await SlugLookup.CurrentSlugAsync<Domain.Actor>(db, Domain.EntityKind.Actor, slug, cancellationToken);
            return current is null ? NotFound() : RedirectPermanent($"/actors/{current}/roles");
        }
        (Slug, Name) = (slug, actor.Name);
        Roles = await InOrder(db, actor.Id).ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken, PageSize);
        return Page();
    }

    /// <summary>An actor's roles by drama title, read by the index on the characters' actor; the tie-breakers keep the pages apart.</summary>
    public static IQueryable<DetailsModel.RoleLine> InOrder(KdramaDbContext db, int actorId) =>
        db.Characters.AsNoTracking().Where(c => c.ActorId == actorId)
            .OrderBy(c => c.Drama.Title).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new DetailsModel.RoleLine(c.Slug, c.Name, c.Drama.Slug, c.Drama.Title, c.Drama.Year));
}
