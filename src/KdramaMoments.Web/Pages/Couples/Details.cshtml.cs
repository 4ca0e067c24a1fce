using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Couples;

/// <summary>
/// One couple: the dramas they were paired in and their first moments, in the order they aired; the rest are on the
/// moment list filtered by the couple (<c>/moments?couple=</c>).
/// </summary>
public sealed class DetailsModel(KdramaDbContext db) : PageModel
{
    /// <summary>The first moments shown, as on an actor's page.</summary>
    public const int MomentsShown = 50;

    public CoupleSummary Couple { get; private set; } = null!;
    public IReadOnlyList<MomentCard> Moments { get; private set; } = [];

    public bool HasMoreMoments => Couple.MomentCount > Moments.Count;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (this.RouteSlug(), HttpContext.RequestAborted);
        var couple = await CoupleQueries.BySlugAsync(db, slug, cancellationToken);
        if (couple is null)
        {
            // Slugs are lower case: an address in other letters' case answers 301 to the page, as SlugLookup answers for
            // the other pages (a couple's address is two actors' slugs, so it has no redirect rows of its own).
            var lower = slug.ToLowerInvariant();
            return lower != slug && await CoupleQueries.BySlugAsync(db, lower, cancellationToken) is not null
                ? RedirectPermanent($"/couples/{lower}")
                : NotFound();
        }
        Couple = couple;
        Moments = await CoupleMoments.FirstCardsAsync(db, couple, MomentsShown, cancellationToken);
        return Page();
    }

    public static string ReasonText(PairReason reason) => reason switch
    {
        PairReason.RomanceTrope => "they share a romance moment",
        PairReason.ItemCouple => "a moment names just the two of them",
        _ => "an editor paired them",
    };
}
