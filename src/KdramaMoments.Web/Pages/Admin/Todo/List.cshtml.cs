using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Todo;

/// <summary>One to-do list, page by page.</summary>
public sealed class ListModel(KdramaDbContext db) : PageModel
{
    public GapList List { get; private set; } = null!;

    public PagedList<GapRow> Rows { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string list, CancellationToken cancellationToken)
    {
        if (CatalogueGaps.Find(list) is not { } found)
        {
            return NotFound();
        }
        List = found;
        Rows = await found.Query(db).AsNoTracking().ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken, size: 50);
        return Page();
    }
}
