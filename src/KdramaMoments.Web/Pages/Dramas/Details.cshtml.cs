using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Dramas;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static KdramaMoments.Web.Text.LanguageMarkup;

namespace KdramaMoments.Web.Pages.Dramas;

public sealed class DetailsModel(CatalogueMemo memo) : CataloguePageModel
{
    public DramaPage Drama { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (Slug, HttpContext.RequestAborted);
        // The same for every reader until the catalogue changes.
        var drama = await memo.GetOrNullAsync($"drama-page:{slug}", () => LoadAsync(Db, slug, CancellationToken.None), d => d.Rows);
        if (drama is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Drama>(Db, Domain.EntityKind.Drama, slug, "/dramas", cancellationToken);
        }
        Drama = drama;
        return Page();
    }

    private static async Task<DramaPage?> LoadAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        var drama = await db.Dramas.AsNoTracking()
            .Where(d => d.Slug == slug)
            .Select(d => new DramaPage(
                d.Id, d.Slug, d.Title, d.HangulTitle, d.Year, d.Synopsis, d.SynopsisHtml,
                d.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                d.Characters.OrderBy(c => c.Name).Select(c => new CastLine(c.Id, c.Slug, c.Name, c.Actor == null ? null : c.Actor.Slug, c.Actor == null ? null : c.Actor.Name)).ToList(),
                d.Moments.OrderBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Id)
                    .Select(m => new MomentLine(m.Slug, m.Title, m.Episode, m.ListCount, m.Characters.Select(c => c.Id).ToList(),
                        m.Tags.Any(t => t.Slug == Spoilers.SpoilerGate.Trope))).ToList(),
                new List<ArticleLine>()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (drama is null)
        {
            return null;
        }
        // A separate query: a distinct list inside the projection would need SQL APPLY, which SQLite lacks.
        var articles = await db.Articles.AsNoTracking().ListingDrama(db, drama.Id)
            .Select(a => new ArticleLine(a.Slug, a.Title))
            .ToListAsync(cancellationToken);
        var pairs = await CoupleQueries.PairsInDramasAsync(db, [drama.Id], cancellationToken);
        var couples = pairs.Select(p => new Couple(drama.Cast.First(c => c.Id == p.FirstCharacterId), drama.Cast.First(c => c.Id == p.SecondCharacterId), p.MomentIds.Count))
            .OrderByDescending(c => c.Moments).ThenBy(c => c.First.Character, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return drama with { Articles = articles, Couples = couples };
    }

    public sealed record DramaPage(int Id, string Slug, string Title, string? HangulTitle, int? Year, string? Synopsis, string? SynopsisHtml, IReadOnlyList<string> Aliases,
        IReadOnlyList<CastLine> Cast, IReadOnlyList<MomentLine> Moments, IReadOnlyList<ArticleLine> Articles)
    {
        /// <summary>The couple(s) by the pairing rule (Couples/CoupleRule.cs), the pair with the most moments together first.</summary>
        public IReadOnlyList<Couple> Couples { get; init; } = [];

        /// <summary>Its weight in the memo.</summary>
        public int Rows => 1 + Aliases.Count + Cast.Count + Moments.Count + Articles.Count + Couples.Count;
    }

    public sealed record CastLine(int Id, string CharacterSlug, string Character, string? ActorSlug, string? Actor)
    {
        /// <summary>
        /// The character's link and, when cast, the actor's in parentheses. Written here rather than by a partial view:
        /// the page has one per cast member and two per couple, and each partial is found, activated and buffered.
        /// </summary>
        public IHtmlContent Links()
        {
            var html = new HtmlContentBuilder(Actor is null ? 5 : 11);
            html.AppendHtml("<a href=\"/characters/").Append(CharacterSlug).AppendHtml("\">").AppendHtml(Mark(Character)).AppendHtml("</a>");
            if (Actor is not null)
            {
                html.AppendHtml(" (<a href=\"/actors/").Append(ActorSlug ?? string.Empty).AppendHtml("\">").AppendHtml(Mark(Actor)).AppendHtml("</a>)");
            }
            return html;
        }
    }

    public sealed record MomentLine(string Slug, string Title, int? Episode, int Lists, IReadOnlyList<int> CharacterIds, bool Spoiler);

    public sealed record Couple(CastLine First, CastLine Second, int Moments);

    public sealed record ArticleLine(string Slug, string Title);
}
