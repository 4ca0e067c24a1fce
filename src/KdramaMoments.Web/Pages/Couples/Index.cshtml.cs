using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Couples;

/// <summary>Every couple of actors, reunions (a pair in two dramas or more) first.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public IReadOnlyList<Couple> Reunions { get; private set; } = [];
    public IReadOnlyList<Couple> Others { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var couples = await CoupleQueries.AllAsync(db, cancellationToken);
        Reunions = couples.Where(c => c.IsReunion).ToList();
        Others = couples.Where(c => !c.IsReunion).ToList();
    }
}
