using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Moments;

public sealed class DetailsModel(CatalogueMemo memo) : CataloguePageModel
{
    private const int MoreCount = 6;

    /// <summary>What the page shows, the object the memo keeps per catalogue version (the page's HTML is kept with it).</summary>
    public MomentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (Slug, HttpContext.RequestAborted);
        // The same for every reader until the catalogue changes.
        var view = await memo.GetOrNullAsync($"moment-page:{slug}", () => LoadAsync(Db, slug, CancellationToken.None), v => v.Rows);
        if (view is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Moment>(Db, Domain.EntityKind.Moment, slug, "/moments", cancellationToken);
        }
        View = view;
        return Page();
    }

    /// <summary>
    /// What a moment's page shows: <c>Couple</c>, the characters the moment is about with their actors (shown first);
    /// <c>Others</c>, everyone else in the scene; <c>Lists</c>, the distinct articles that name the moment, each linked to its
    /// item; <c>RestOfCouple</c>, the couple's page, linked when the couple has more moments than <c>MoreOfCouple</c> shows.
    /// </summary>
    public sealed record MomentView(MomentPage Moment, IReadOnlyList<PersonLine> Couple, IReadOnlyList<PersonLine> Others, string? BestQuote,
        IReadOnlyList<string> OtherQuotes, IReadOnlyList<SourceLine> Lists, IReadOnlyList<MomentCard> MoreOfCouple, IReadOnlyList<MomentCard> MoreOfDrama,
        CoupleLink? RestOfCouple)
    {
        public int Rows => 1 + Moment.Characters.Count + Moment.Quotes.Count + Moment.Tags.Count + Moment.Sources.Count + MoreOfCouple.Count + MoreOfDrama.Count;
    }

    private static async Task<MomentView?> LoadAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        var moment = await db.Moments.AsNoTracking()
            .Where(m => m.Slug == slug)
            .Select(m => new MomentPage(
                m.Id, m.Slug, m.Title, m.DramaId, m.Drama.Slug, m.Drama.Title, m.Drama.Year, m.Drama.HangulTitle, m.Episode, m.Description, m.DescriptionHtml,
                m.Characters.OrderBy(c => c.Id).Select(c => new PersonLine(c.Id, c.Slug, c.Name, c.Actor == null ? null : c.Actor.Slug, c.Actor == null ? null : c.Actor.Name)).ToList(),
                m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).ToList(),
                m.Tags.OrderBy(t => t.Slug).Select(t => new TagLine(t.Slug, t.Name)).ToList(),
                m.Sources.OrderBy(s => s.Article.FileName).ThenBy(s => s.Position)
                    .Select(s => new SourceLine(s.Article.Slug, s.Article.Title, s.Position, s.Rank, s.Excerpt)).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (moment is null)
        {
            return null;
        }
        var bestQuote = PullQuote.Choose(moment.Quotes);

        // The couple by the pairing rule (Couples/CoupleRule.cs), as on the couple and actor pages.
        var pairs = await CoupleQueries.PairsInDramasAsync(db, [moment.DramaId], cancellationToken);
        var coupleIds = CoupleRule.CoupleOf(moment.Characters.Select(c => (c.Id, c.Name)).ToList(), moment.Title, pairs);

        var ofCouple = pairs.FirstOrDefault(p => coupleIds.Count == 2 && p.FirstCharacterId == coupleIds[0] && p.SecondCharacterId == coupleIds[1])?.MomentIds
            .Where(id => id != moment.Id).ToList() ?? [];
        var moreOfCouple = ofCouple.Count == 0 ? [] : await CardsAsync(db.Moments.Where(m => ofCouple.Contains(m.Id)), cancellationToken);
        var moreOfDrama = await CardsAsync(db.Moments.Where(m => m.DramaId == moment.DramaId && m.Id != moment.Id && !ofCouple.Contains(m.Id)), cancellationToken);
        var couple = coupleIds.Select(id => moment.Characters.Single(c => c.Id == id)).ToList();
        // Past the bound the rest are on the couple's page (two actors' page), when both characters have a known actor.
        var rest = ofCouple.Count > MoreCount && couple is [{ ActorSlug: { } a } first, { ActorSlug: { } b } second] && a != b
            ? new CoupleLink(KdramaMoments.Web.Couples.Couple.SlugOf(a, b), $"{first.Actor} & {second.Actor}")
            : null;
        return new MomentView(moment,
            couple,
            moment.Characters.Where(c => !coupleIds.Contains(c.Id)).ToList(),
            bestQuote,
            moment.Quotes.Where(q => q != bestQuote).ToList(),
            moment.Sources.DistinctBy(s => s.ArticleSlug).ToList(),
            moreOfCouple, moreOfDrama, rest);
    }

    private static async Task<IReadOnlyList<MomentCard>> CardsAsync(IQueryable<Domain.Moment> moments, CancellationToken cancellationToken) =>
        await moments.AsNoTracking().SortedBy("listed").ToCards().Take(MoreCount).AsSplitQuery().ToListAsync(cancellationToken);

    public sealed record MomentPage(int Id, string Slug, string Title, int DramaId, string DramaSlug, string Drama, int? Year, string? HangulTitle,
        int? Episode, string? Description, string? DescriptionHtml, IReadOnlyList<PersonLine> Characters, IReadOnlyList<string> Quotes, IReadOnlyList<TagLine> Tags,
        IReadOnlyList<SourceLine> Sources);

    public sealed record PersonLine(int Id, string Slug, string Name, string? ActorSlug, string? Actor);

    public sealed record TagLine(string Slug, string Name);

    public sealed record CoupleLink(string Slug, string Actors);

    public sealed record SourceLine(string ArticleSlug, string Article, int Position, int? Rank, string Excerpt);
}
