using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Couples;

/// <summary>Every couple of actors, reunions (a pair in two dramas or more) first.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public IReadOnlyList<CoupleCard> Reunions { get; private set; } = [];
    public IReadOnlyList<CoupleCard> Others { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var couples = await CoupleQueries.AllAsync(db, cancellationToken);
        Reunions = couples.Where(c => c.IsReunion).Select(CoupleCard.Of).ToList();
        Others = couples.Where(c => !c.IsReunion).Select(CoupleCard.Of).ToList();
    }
}
