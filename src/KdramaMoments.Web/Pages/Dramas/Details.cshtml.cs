using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Dramas;

public sealed class DetailsModel(KdramaDbContext db) : PageModel
{
    public DramaPage Drama { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var drama = await db.Dramas.AsNoTracking()
            .Where(d => d.Slug == slug)
            .Select(d => new DramaPage(
                d.Id, d.Slug, d.Title, d.HangulTitle, d.Year, d.Synopsis,
                d.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                d.Characters.OrderBy(c => c.Name).Select(c => new CastLine(c.Id, c.Slug, c.Name, c.Actor == null ? null : c.Actor.Slug, c.Actor == null ? null : c.Actor.Name)).ToList(),
                d.Moments.OrderBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Id)
                    .Select(m => new MomentLine(m.Slug, m.Title, m.Episode, m.Sources.Select(s => s.ArticleId).Distinct().Count(), m.Characters.Select(c => c.Id).ToList(),
                        m.Tags.Any(t => t.Slug == Spoilers.SpoilerGate.Trope))).ToList(),
                new List<ArticleLine>()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (drama is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Drama>(db, "drama", slug, "/dramas", cancellationToken);
        }
        // A separate query: a distinct list inside the projection would need SQL APPLY, which SQLite lacks.
        var articles = await db.Articles.AsNoTracking().ListingDrama(db, drama.Id)
            .Select(a => new ArticleLine(a.Slug, a.Title))
            .ToListAsync(cancellationToken);
        Drama = drama with { Articles = articles };
        return Page();
    }

    public sealed record DramaPage(int Id, string Slug, string Title, string? HangulTitle, int? Year, string? Synopsis, IReadOnlyList<string> Aliases,
        IReadOnlyList<CastLine> Cast, IReadOnlyList<MomentLine> Moments, IReadOnlyList<ArticleLine> Articles)
    {
        /// <summary>
        /// The couple(s): pairs of characters who share moments, the pair with the most first.
        /// A moment with three characters counts for each of its pairs.
        /// </summary>
        public IReadOnlyList<Couple> Couples() =>
            Moments.SelectMany(m => m.CharacterIds.Order().SelectMany((a, i) => m.CharacterIds.Order().Skip(i + 1).Select(b => (a, b))))
                .GroupBy(pair => pair)
                .Select(g => new Couple(Cast.First(c => c.Id == g.Key.a), Cast.First(c => c.Id == g.Key.b), g.Count()))
                .OrderByDescending(c => c.Moments).ThenBy(c => c.First.Character, StringComparer.OrdinalIgnoreCase)
                .ToList();
    }

    public sealed record CastLine(int Id, string CharacterSlug, string Character, string? ActorSlug, string? Actor);

    public sealed record MomentLine(string Slug, string Title, int? Episode, int Lists, IReadOnlyList<int> CharacterIds, bool Spoiler);

    public sealed record Couple(CastLine First, CastLine Second, int Moments);

    public sealed record ArticleLine(string Slug, string Title);
}
