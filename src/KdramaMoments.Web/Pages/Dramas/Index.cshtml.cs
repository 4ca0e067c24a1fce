using KdramaMoments.Web.Data;
using KdramaMoments.Web.Dramas;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Dramas;

public sealed class IndexModel(KdramaDbContext db, CatalogueMemo memo) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public string SortOrDefault { get; private set; } = "listed";

    public PagedList<DramaSummary> Dramas { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "Most listed" leads only once some drama is named by two lists.
        SortOrDefault = DramaQueries.Sorts.Any(s => s.Value == Sort) ? Sort! : await memo.GetAsync("dramas:default-sort", () => db.Dramas.DefaultSortAsync(CancellationToken.None));
        Dramas = await DramaQueries.PageAsync(db, year: null, SortOrDefault, Paging.RequestedPage(Request), size: 50, cancellationToken);
    }
}
