using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Dramas;

public sealed class IndexModel(KdramaDbContext db, CatalogueMemo memo) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public string SortOrDefault => DramaQueries.Sorts.Any(s => s.Value == Sort) ? Sort! : "listed";

    public PagedList<DramaSummary> Dramas { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Dramas = await DramaQueries.PageAsync(db, memo, year: null, SortOrDefault, Paging.RequestedPage(Request), size: 50, cancellationToken);
    }
}
