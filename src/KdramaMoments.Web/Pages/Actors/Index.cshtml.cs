using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Actors;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public PagedList<ActorRow> Actors { get; private set; } = null!;

    public bool ByName => Sort == "name";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = db.Actors.AsNoTracking().Select(a => new ActorRow
        {
            Slug = a.Slug,
            Name = a.Name,
            HangulName = a.HangulName,
            Dramas = a.Characters.Select(c => c.DramaId).Distinct().Count(),
            Moments = a.Characters.SelectMany(c => c.Moments).Count(),
        });
        rows = ByName
            ? rows.OrderBy(a => CaseFold.Lower(a.Name)).ThenBy(a => a.Slug)
            : rows.OrderByDescending(a => a.Moments).ThenByDescending(a => a.Dramas).ThenBy(a => a.Name).ThenBy(a => a.Slug);
        Actors = await rows.ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken, size: 50);
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
