using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Actors;

public sealed class IndexModel(CatalogueMemo memo) : CataloguePageModel
{
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public PagedList<ActorRow> Actors { get; private set; } = null!;

    public bool ByName => Sort == "name";

    // Kept per catalogue version, as the drama list's pages are.
    public async Task OnGetAsync()
    {
        var (byName, page) = (ByName, Paging.RequestedPage(Request));
        Actors = await memo.GetAsync(("actors-page", byName, page), () => LoadAsync(Db, byName, page, CancellationToken.None), list => list.Items.Count);
    }

    private static async Task<PagedList<ActorRow>> LoadAsync(KdramaDbContext db, bool byName, int? page, CancellationToken cancellationToken)
    {
        // The counts and the folded name are stored on the actor (StoredCounts), so each order reads an index; the
        // number of actors is kept at write time (CatalogueTotals) rather than counted per request.
        var actors = byName
            ? db.Actors.AsNoTracking().OrderBy(a => a.SortName).ThenBy(a => a.Slug)
            : db.Actors.AsNoTracking().OrderByDescending(a => a.MomentCount).ThenByDescending(a => a.DramaCount).ThenBy(a => a.Name).ThenBy(a => a.Slug);
        return await actors.Select(a => new ActorRow
        {
            Slug = a.Slug,
            Name = a.Name,
            HangulName = a.HangulName,
            Dramas = a.DramaCount,
            Moments = a.MomentCount,
        }).ToPagedListAsync(page, (await CatalogueTotals.ReadAsync(db, cancellationToken)).Actors, cancellationToken, size: 50);
    }

    public sealed record ActorRow
    {
        public required string Slug { get; init; }
        public required string Name { get; init; }
        public string? HangulName { get; init; }
        public int Dramas { get; init; }
        public int Moments { get; init; }
    }
}
