using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Todo;

/// <summary>Every to-do list at a glance: its count and its first few entries; "all" pages through one list.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public const int Preview = 8;

    public sealed record Section(GapList List, int Total, IReadOnlyList<GapRow> First);

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sections = new List<Section>();
        foreach (var list in CatalogueGaps.Lists)
        {
            var query = list.Query(db).AsNoTracking();
            sections.Add(new(list, await query.CountAsync(cancellationToken), await query.Take(Preview).ToListAsync(cancellationToken)));
        }
        Sections = sections;
    }
}
