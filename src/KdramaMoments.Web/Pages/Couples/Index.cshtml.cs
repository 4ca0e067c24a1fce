using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Couples;

/// <summary>Every couple of actors, reunions (a pair in two dramas or more) first, a page at a time.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public const int PageSize = 50;

    public PagedList<ListedCouple> Couples { get; private set; } = null!;
    public IReadOnlyList<CoupleCard> Reunions { get; private set; } = [];
    public IReadOnlyList<CoupleCard> Others { get; private set; } = [];

    // Reunions come first in the list: a first page without one says there is none; a list of one page shows both headings.
    public bool ShowsReunions => Reunions.Count > 0 || Couples.Number == 1;
    public bool ShowsOthers => Others.Count > 0 || Couples.PageCount == 1;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The couples are kept at write time (ActorCouples), and their number with the catalogue's totals.
        var total = await CatalogueTotals.ReadAsync(db, CatalogueSizeName.Couples, cancellationToken);
        Couples = await ActorCouples.ListAsync(db, Paging.RequestedPage(Request), total, PageSize, cancellationToken);
        Reunions = Couples.Items.Where(c => c.IsReunion).Select(c => c.Card).ToList();
        Others = Couples.Items.Where(c => !c.IsReunion).Select(c => c.Card).ToList();
    }
}
