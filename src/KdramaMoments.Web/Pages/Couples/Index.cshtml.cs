using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;

namespace KdramaMoments.Web.Pages.Couples;

/// <summary>Every couple of actors, reunions (a pair in two dramas or more) first, a page at a time.</summary>
public sealed class IndexModel(CatalogueMemo memo) : CataloguePageModel
{
    public const int PageSize = 50;

    public PagedList<ListedCouple> Couples { get; private set; } = null!;
    public IReadOnlyList<CoupleCard> Reunions { get; private set; } = [];
    public IReadOnlyList<CoupleCard> Others { get; private set; } = [];

    // Reunions come first in the list: a first page without one says there is none; a list of one page shows both headings.
    public bool ShowsReunions => Reunions.Count > 0 || Couples.Number == 1;
    public bool ShowsOthers => Others.Count > 0 || Couples.PageCount == 1;

    public async Task OnGetAsync()
    {
        // Kept per catalogue version, as the drama list's pages are.
        var page = Paging.RequestedPage(Request);
        Couples = await memo.GetAsync(("couples-page", page), () => LoadAsync(Db, page, CancellationToken.None), list => list.Items.Count);
        Reunions = Couples.Items.Where(c => c.IsReunion).Select(c => c.Card).ToList();
        Others = Couples.Items.Where(c => !c.IsReunion).Select(c => c.Card).ToList();
    }

    // The couples are kept at write time (ActorCouples), and their number with the catalogue's totals.
    private static async Task<PagedList<ListedCouple>> LoadAsync(KdramaDbContext db, int? page, CancellationToken cancellationToken) =>
        await ActorCouples.ListAsync(db, page, await CatalogueTotals.ReadAsync(db, CatalogueSizeName.Couples, cancellationToken), PageSize, cancellationToken);
}
