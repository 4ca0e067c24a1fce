using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Couples;

/// <summary>One couple: the dramas they were paired in and every moment of theirs, in the order they aired.</summary>
public sealed class DetailsModel(KdramaDbContext db) : PageModel
{
    public Couple Couple { get; private set; } = null!;
    public IReadOnlyList<MomentCard> Moments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var couple = await CoupleQueries.BySlugAsync(db, slug, cancellationToken);
        if (couple is null)
        {
            return NotFound();
        }
        Couple = couple;
        var ids = couple.MomentIds;
        Moments = await db.Moments.AsNoTracking().Where(m => ids.Contains(m.Id)).ToCards()
            .OrderBy(m => m.Year == null).ThenBy(m => m.Year).ThenBy(m => m.Drama).ThenBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Slug)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return Page();
    }

    public static string ReasonText(PairReason reason) => reason switch
    {
        PairReason.RomanceTrope => "they share a romance moment",
        PairReason.ItemCouple => "a moment names just the two of them",
        _ => "an editor paired them",
    };
}
