using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Actors;

/// <summary>Every role of one actor, a page at a time, in the order their page lists the first ones (by drama title).</summary>
public sealed class RolesModel(CatalogueMemo memo) : CataloguePageModel
{
    public const int PageSize = 50;

    public string Name { get; private set; } = "";
    public PagedList<DetailsModel.RoleLine> Roles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, page, cancellationToken) = (Slug, Paging.RequestedPage(Request), HttpContext.RequestAborted);
        // The same for every reader until the catalogue changes.
        var kept = await memo.GetOrNullAsync(("roles-page", slug, page), () => PageAsync(Db, slug, page, PageSize, CancellationToken.None), r => 1 + r.Roles.Items.Count);
        if (kept is null)
        {
            var current = await SlugLookup.CurrentSlugAsync<Domain.Actor>(Db, Domain.EntityKind.Actor, slug, cancellationToken);
            return current is null ? NotFound() : RedirectPermanent($"/actors/{current}/roles");
        }
        (Name, Roles) = (kept.Name, kept.Roles);
        return Page();
    }

    /// <summary>A page of the actor's roles (this page's, and the API's with its own page size); null for an unknown slug.</summary>
    public static async Task<RolesPage?> PageAsync(KdramaDbContext db, string slug, int? page, int size, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id, a.Name }).SingleOrDefaultAsync(cancellationToken);
        return actor is null ? null : new RolesPage(actor.Name, await InOrder(db, actor.Id).ToPagedListAsync(page, cancellationToken, size));
    }

    public sealed record RolesPage(string Name, PagedList<DetailsModel.RoleLine> Roles);

    /// <summary>An actor's roles by drama title, read by the index on the characters' actor; the tie-breakers keep the pages apart.</summary>
    public static IQueryable<DetailsModel.RoleLine> InOrder(KdramaDbContext db, int actorId) =>
        db.Characters.AsNoTracking().Where(c => c.ActorId == actorId)
            .OrderBy(c => c.Drama.Title).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new DetailsModel.RoleLine(c.Slug, c.Name, c.Drama.Slug, c.Drama.Title, c.Drama.Year));
}
