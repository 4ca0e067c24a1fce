using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Actors;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [TempData] public string? StatusMessage { get; set; }

    public PagedList<Row> Actors { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actors = db.Actors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var key = Domain.Names.Normalize(Q);
            actors = key.Length == 0 ? actors.Where(a => false) : actors.Where(a => a.NormalizedName.Contains(key) || a.Aliases.Any(x => x.NormalizedName.Contains(key)));
        }
        Actors = await actors.OrderBy(a => a.SortName).ThenBy(a => a.Slug)
            .Select(a => new Row(a.Id, a.Slug, a.Name, a.Aliases.Count, a.Characters.Count))
            .ToPagedListAsync(Paging.RequestedPage(Request), await ListSearch.TotalAsync(db, actors, Q, CatalogueSizeName.Actors, cancellationToken), cancellationToken, size: 50);
    }

    public sealed record Row(int Id, string Slug, string Name, int Aliases, int Roles);
}
