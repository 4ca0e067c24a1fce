using KdramaMoments.Web.Data;
using KdramaMoments.Web.Dramas;
using KdramaMoments.Web.Pagination;

namespace KdramaMoments.Web.Pages.Dramas;

public sealed class IndexModel(CatalogueMemo memo) : CataloguePageModel
{
    // Read from the query string in OnGetAsync (QueryBinding), as [BindProperty(SupportsGet = true)] would bind it.
    public string? Sort { get; set; }

    public string SortOrDefault { get; private set; } = "listed";

    /// <summary>The page of dramas, the object the memo keeps per catalogue version (its rows' HTML is kept with it).</summary>
    public PagedList<DramaSummary> Dramas { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        if (QueryBinding.IsPlain(Request))
        {
            Sort = QueryBinding.Text(Request.Query, "sort");
        }
        else
        {
            var bound = new BoundValues();
            await TryUpdateModelAsync(bound, string.Empty);
            Sort = bound.Sort;
        }
        // "Most listed" leads only once some drama is named by two lists.
        SortOrDefault = DramaQueries.Sorts.Any(s => s.Value == Sort) ? Sort! : await memo.GetAsync("dramas:default-sort", () => Db.Dramas.DefaultSortAsync(CancellationToken.None));
        var page = Paging.RequestedPage(Request);
        Dramas = await memo.GetAsync(("dramas-page", SortOrDefault, page),
            () => DramaQueries.PageAsync(Db, year: null, SortOrDefault, page, size: 50, CancellationToken.None), list => list.Items.Count);
    }

    /// <summary>The value model binding reads for a request that <see cref="QueryBinding.IsPlain"/> leaves to it.</summary>
    public sealed class BoundValues
    {
        public string? Sort { get; set; }
    }
}
