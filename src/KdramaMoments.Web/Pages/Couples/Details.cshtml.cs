using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using Microsoft.AspNetCore.Mvc;

namespace KdramaMoments.Web.Pages.Couples;

/// <summary>
/// One couple: the dramas they were paired in and their first moments, in the order they aired; the rest are on the
/// moment list filtered by the couple (<c>/moments?couple=</c>).
/// </summary>
public sealed class DetailsModel(CatalogueMemo memo) : CataloguePageModel
{
    /// <summary>The first moments shown, as on an actor's page.</summary>
    public const int MomentsShown = 50;

    public CoupleSummary Couple { get; private set; } = null!;
    public IReadOnlyList<MomentCard> Moments { get; private set; } = [];

    public bool HasMoreMoments => Couple.MomentCount > Moments.Count;

    public async Task<IActionResult> OnGetAsync()
    {
        var slug = Slug;
        var kept = await KeptAsync(slug);
        if (kept is null)
        {
            // A former address (an actor renamed or merged) or one in other letters' case answers 301 to the couple's
            // page. The page found is kept, so the redirected request reads it from the memo rather than computing it again.
            var current = await CoupleQueries.CurrentSlugAsync(Db, slug, async target => await KeptAsync(target) is not null, HttpContext.RequestAborted);
            return current is null ? NotFound() : RedirectPermanent($"/couples/{current}");
        }
        (Couple, Moments) = (kept.Couple, kept.Moments);
        return Page();
    }

    // The same for every reader until the catalogue changes.
    private Task<CouplePage?> KeptAsync(string slug) =>
        memo.GetOrNullAsync($"couple-page:{slug}", () => LoadAsync(Db, slug, CancellationToken.None), c => 1 + c.Couple.Pairings.Count + c.Moments.Count);

    private static async Task<CouplePage?> LoadAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken) =>
        await CoupleQueries.BySlugAsync(db, slug, cancellationToken) is { } couple
            ? new CouplePage(couple, await CoupleMoments.FirstCardsAsync(db, couple, MomentsShown, cancellationToken))
            : null;

    private sealed record CouplePage(CoupleSummary Couple, IReadOnlyList<MomentCard> Moments);

    public static string ReasonText(PairReason reason) => reason switch
    {
        PairReason.RomanceTrope => "they share a romance moment",
        PairReason.ItemCouple => "a moment names just the two of them",
        _ => "an editor paired them",
    };
}
