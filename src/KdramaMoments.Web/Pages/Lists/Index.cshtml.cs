using KdramaMoments.Web.CuratedLists;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Lists;

/// <summary>The editors' published lists (<c>/lists</c>), and the way to a reader's own list.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public IReadOnlyList<CuratedListSummary> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lists = await CuratedListQueries.PublishedAsync(db, cancellationToken);
}
