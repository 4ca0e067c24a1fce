using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Characters;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [TempData] public string? StatusMessage { get; set; }

    public PagedList<Row> Characters { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var characters = db.Characters.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var key = Domain.Names.Normalize(Q);
            characters = key.Length == 0 ? characters.Where(c => false) : characters.Where(c => c.NormalizedName.Contains(key) || c.Aliases.Any(a => a.NormalizedName.Contains(key)) || c.Drama.NormalizedTitle.Contains(key));
        }
        Characters = await characters.OrderBy(c => c.SortName).ThenBy(c => c.Slug)
            .Select(c => new Row(c.Id, c.Slug, c.Name, c.Drama.Title, c.Actor == null ? null : c.Actor.Name, c.MomentCount))
            .ToPagedListAsync(Paging.RequestedPage(Request), await ListSearch.TotalAsync(db, characters, Q, CatalogueSizeName.Characters, cancellationToken), cancellationToken, size: 50);
    }

    public sealed record Row(int Id, string Slug, string Name, string Drama, string? Actor, int Moments);
}
