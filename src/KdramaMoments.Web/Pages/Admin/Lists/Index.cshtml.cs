using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Lists;

/// <summary>The editors' curated lists, published or not, the last edited first.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }

    public IReadOnlyList<Row> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lists = await db.CuratedLists.AsNoTracking().OrderByDescending(l => l.EditedAt ?? l.CreatedAt).ThenByDescending(l => l.Id)
            .Select(l => new Row(l.Id, l.Slug, l.Title, l.Published, l.Items.Count)).ToListAsync(cancellationToken);

    public sealed record Row(int Id, string Slug, string Title, bool Published, int Moments);
}
