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

    public async Task OnGetAsync()
    {
        // "Most listed" leads only once some drama is named by two lists.
        SortOrDefault = DramaQueries.Sorts.Any(s => s.Value == Sort) ? Sort! : await memo.GetAsync("dramas:default-sort", () => db.Dramas.DefaultSortAsync(CancellationToken.None));
        var page = Paging.RequestedPage(Request);
        Dramas = await memo.GetAsync(("dramas-page", SortOrDefault, page),
            () => DramaQueries.PageAsync(db, year: null, SortOrDefault, page, size: 50, CancellationToken.None), list => list.Items.Count);
    }
}
