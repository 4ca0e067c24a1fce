using System.Globalization;
using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Dramas;
using KdramaMoments.Web.Facets;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Pagination;
using KdramaMoments.Web.Redirects;
using KdramaMoments.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Api;

/// <summary>The read-only JSON API (addresses in PRODUCT.md). Every answer carries an ETag; lists are paged.</summary>
public static class CatalogApi
{
    private const int DefaultPageSize = 24;
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Catalogue");
        api.MapGet("/dramas", ListDramasAsync).WithName("ListDramas").WithSummary("Dramas, most listed first (or by year or title).");
        api.MapGet("/dramas/{slug}", GetDramaAsync).Produces<DramaDetail>().ProducesProblem(StatusCodes.Status404NotFound).WithName("GetDrama").WithSummary("One drama: cast, moments in episode order, the articles naming it.");
        api.MapGet("/actors/{slug}", GetActorAsync).Produces<ActorDetail>().ProducesProblem(StatusCodes.Status404NotFound).WithName("GetActor").WithSummary("One actor: how many roles (roleCount) and the first 50 of them (by drama title; all of them are paged by /api/actors/{slug}/roles), how many moments (momentCount) and the first 50 of them (by drama title and episode; all of them are paged by /api/moments?actor={slug}) and the co-stars sharing most dramas (at most 24), as the actor's page lists them.");
        api.MapGet("/actors/{slug}/roles", ListRolesAsync).Produces<PageOf<ActorRole>>().ProducesProblem(StatusCodes.Status404NotFound).WithName("ListActorRoles").WithSummary("Every role of one actor, by drama title, 50 a page unless pageSize says (at most 100), as /actors/{slug}/roles lists them.");
        api.MapGet("/moments", ListMomentsAsync).WithName("ListMoments").WithSummary("Moments, filtered by tropes (tag, repeatable, all required; not, repeatable, none allowed), decade, episodes (e.g. 5-8), drama, actor and year; sorted by listed, year or title; with facet counts.");
        api.MapGet("/moments/{slug}", GetMomentAsync).Produces<MomentDetail>().ProducesProblem(StatusCodes.Status404NotFound).WithName("GetMoment").WithSummary("One moment with quotes, characters, tags and sources.");
        api.MapGet("/search", SearchAsync).WithName("Search").WithSummary("Full-text search, grouped by kind; any input is safe.");
        api.MapGet("/search/suggest", SuggestAsync).WithName("Suggest").WithSummary("Up to eight best matches, for suggestions as you type; kind (moment, drama, actor, character or tag) keeps one kind.");
        return endpoints;
    }

    private static async Task<ETagged<PageOf<DramaListItem>>> ListDramasAsync(HttpRequest request, KdramaDbContext db, string? sort, string? year, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var list = await DramaQueries.PageAsync(db, Number(year), sort, Number(page), Size(pageSize), cancellationToken);
        return ETagged.Json(PageFrom(request, list, d => new DramaListItem(d.Slug, d.Title, d.Year, d.Moments, d.Lists)));
    }

    private static Task<IResult> GetDramaAsync(string slug, HttpContext http, CatalogueMemo memo, CancellationToken cancellationToken) =>
        KeptDetailAsync<Domain.Drama, DramaDetail>(http, memo, EntityKind.Drama, slug, "/api/dramas", LoadDramaAsync,
            d => 1 + d.Cast.Count + d.Moments.Count + d.Articles.Count, cancellationToken);

    private static async Task<DramaDetail?> LoadDramaAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        var drama = await db.Dramas.AsNoTracking().Where(d => d.Slug == slug)
            .Select(d => new
            {
                d.Id,
                d.Slug,
                d.Title,
                d.Year,
                d.HangulTitle,
                d.Synopsis,
                Aliases = d.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                Cast = d.Characters.OrderBy(c => c.Name).Select(c => new CastMember(new NameRef(c.Slug, c.Name), c.Actor == null ? null : new NameRef(c.Actor.Slug, c.Actor.Name))).ToList(),
            })
            .AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (drama is null)
        {
            return null;
        }
        var moments = await MomentItems(db.Moments.Where(m => m.DramaId == drama.Id).OrderBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Id), cancellationToken);
        var articles = await db.Articles.AsNoTracking().ListingDrama(db, drama.Id)
            .Select(a => new NameRef(a.Slug, a.Title)).ToListAsync(cancellationToken);
        return new DramaDetail(drama.Id, drama.Slug, drama.Title, drama.Aliases, drama.Year, drama.HangulTitle, drama.Synopsis,
            articles.Count, drama.Cast, moments, articles);
    }

    private static Task<IResult> GetActorAsync(string slug, HttpContext http, CatalogueMemo memo, CancellationToken cancellationToken) =>
        KeptDetailAsync<Domain.Actor, ActorDetail>(http, memo, EntityKind.Actor, slug, "/api/actors", LoadActorAsync,
            a => 1 + a.Aliases.Count + a.Roles.Count + a.Moments.Count + a.CoStars.Count, cancellationToken);

    private static async Task<ActorDetail?> LoadActorAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Name,
                a.HangulName,
                a.MomentCount,
                RoleCount = a.Characters.Count(),
                Aliases = a.Aliases.OrderBy(x => x.Name).Select(x => x.Name).ToList(),
            })
            .AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return null;
        }
        // The first roles, as the actor's page shows them; a busy actor's hundreds are paged by /api/actors/{slug}/roles.
        var roles = await Pages.Actors.RolesModel.InOrder(db, actor.Id).Take(Pages.Actors.DetailsModel.RolesShown).ToListAsync(cancellationToken);
        // The first moments, as the actor's page shows them; all of them are paged by /api/moments?actor={slug}.
        var moments = (await MomentQueries.FirstOfActorAsync(db, actor.Id, Pages.Actors.DetailsModel.MomentsShown,
            ordered => ordered.ToCards().AsSplitQuery(), cancellationToken)).Select(ToItem).ToList();
        // The co-stars the actor's page lists: those sharing most dramas, by name.
        var graph = await CoStarQueries.NeighbourhoodGraphAsync(db, actor.Id, Pages.Actors.DetailsModel.CoStarsShown, cancellationToken);
        var coStars = graph.CoStarsOf(actor.Id)
            .Select(x => new CoStar(new NameRef(x.CoStar.Slug, x.CoStar.Name), x.Dramas.Select(d => new NameRef(d.Slug, d.Title)).ToList()))
            .ToList();
        return new ActorDetail(actor.Id, actor.Slug, actor.Name, actor.Aliases, actor.HangulName, roles.Select(ToRole).ToList(), actor.RoleCount,
            actor.MomentCount, moments, coStars);
    }

    private static async Task<IResult> ListRolesAsync(string slug, HttpRequest request, KdramaDbContext db, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        // 50 a page by default, so page 2 goes on after the 50 roles the actor's answer lists.
        var size = Math.Clamp(Number(pageSize) ?? Pages.Actors.RolesModel.PageSize, 1, MaxPageSize);
        return await Pages.Actors.RolesModel.PageAsync(db, slug, Number(page), size, cancellationToken) is { } roles
            ? ETagged.Json(PageFrom(request, roles.Roles, ToRole))
            : await RedirectOrNotFoundAsync<Domain.Actor>(db, EntityKind.Actor, slug, "/api/actors", "/roles" + request.QueryString, cancellationToken);
    }

    private static ActorRole ToRole(Pages.Actors.DetailsModel.RoleLine role) =>
        new(new NameRef(role.CharacterSlug, role.Character), new NameRef(role.DramaSlug, role.Drama), role.Year);

    private static async Task<ETagged<MomentPage>> ListMomentsAsync(HttpRequest request, KdramaDbContext db, CatalogueMemo memo,
        [FromQuery] string[]? tag, [FromQuery] string[]? not, string? decade, string? episodes, string? drama, string? actor, string? year, string? sort, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var filter = new MomentFilter(null, Blank(drama), Blank(actor), Number(year), Blank(sort));
        var facets = MomentFacets.From(tag, not, decade, episodes);
        var list = await FacetCounts.ForListAsync(() => db, memo, filter, facets, () => db.Moments.AsNoTracking().Matching(db, filter), coupled: false,
            Number(page), Size(pageSize), cancellationToken);
        var items = PageFrom(request, list.Moments, ToItem);
        return ETagged.Json(new MomentPage(items.Items, items.Page, items.PageSize, items.Total, items.TotalPages, items.Next, items.Previous, list.Counts));
    }

    private static async Task<ETagged<IReadOnlyList<SearchAnswerItem>>> SuggestAsync(SiteSearch search, string? q, string? kind, CancellationToken cancellationToken)
    {
        var results = await search.SuggestAsync(q, 8, cancellationToken, SearchKinds.Parse(kind));
        return ETagged.Json<IReadOnlyList<SearchAnswerItem>>(results.Select(r => SearchAnswerItem.From(r, withSnippet: false)).ToList());
    }

    private static Task<IResult> GetMomentAsync(string slug, HttpContext http, CatalogueMemo memo, CancellationToken cancellationToken) =>
        KeptDetailAsync<Domain.Moment, MomentDetail>(http, memo, EntityKind.Moment, slug, "/api/moments", LoadMomentAsync,
            m => 1 + m.Quotes.Count + m.Characters.Count + m.Tags.Count + m.Sources.Count, cancellationToken);

    private static Task<MomentDetail?> LoadMomentAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Moments.AsNoTracking().Where(m => m.Slug == slug)
            .Select(m => new MomentDetail(
                m.Id, m.Slug, m.Title, new NameRef(m.Drama.Slug, m.Drama.Title), m.Episode, m.Description,
                m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).ToList(),
                m.Characters.OrderBy(c => c.Name).Select(c => new CastMember(new NameRef(c.Slug, c.Name), c.Actor == null ? null : new NameRef(c.Actor.Slug, c.Actor.Name))).ToList(),
                m.Tags.OrderBy(t => t.Slug).Select(t => new NameRef(t.Slug, t.Name)).ToList(),
                m.Sources.OrderBy(s => s.Article.FileName).ThenBy(s => s.Position)
                    .Select(s => new MomentSource(s.Article.Title, s.Article.Slug, s.Article.FileName, s.Position, s.Rank, s.Excerpt)).ToList()))
            .AsSplitQuery().SingleOrDefaultAsync(cancellationToken);

    private static async Task<ETagged<SearchAnswer>> SearchAsync(SiteSearch search, string? q, string? kind, [FromQuery] string[]? tag, [FromQuery] string[]? not, string? decade, string? episodes,
        string? drama, string? year, string? page, CancellationToken cancellationToken)
    {
        var results = await search.SearchAsync(new SearchRequest(q, kind, null, drama, Number(year), Number(page), MomentFacets.From(tag, not, decade, episodes)), cancellationToken);
        return ETagged.Json(new SearchAnswer(results.Query.Text, results.Total, results.TotalIsAtLeast,
            results.Groups.Select(g => new SearchAnswerGroup(g.Kind.Name(), g.Total, g.TotalIsAtLeast, g.Page, g.PageCount,
                g.Items.Select(i => SearchAnswerItem.From(i)).ToList())).ToList(),
            results.DidYouMean));
    }

    private static async Task<List<MomentListItem>> MomentItems(IQueryable<Domain.Moment> moments, CancellationToken cancellationToken) =>
        (await moments.AsNoTracking().ToCards().AsSplitQuery().ToListAsync(cancellationToken)).Select(ToItem).ToList();

    private static MomentListItem ToItem(MomentCard m) =>
        new(m.Slug, m.Title, new NameRef(m.DramaSlug, m.Drama), m.Year, m.Episode, m.Lists, m.Tags.Select(t => t.Slug).ToList());

    private static PageOf<TOut> PageFrom<TIn, TOut>(HttpRequest request, PagedList<TIn> list, Func<TIn, TOut> map)
    {
        return new PageOf<TOut>(list.Items.Select(map).ToList(), list.Number, list.Size, list.Total, list.PageCount,
            list.HasNext ? Paging.PageHref(request, list.Number + 1, nameFirstPage: true) : null, list.HasPrevious ? Paging.PageHref(request, list.Number - 1, nameFirstPage: true) : null);
    }

    // A former address answers 301 to prefix/current slug/rest (rest keeps what follows the slug: "/roles?page=2").
    private static async Task<IResult> RedirectOrNotFoundAsync<T>(KdramaDbContext db, EntityKind kind, string slug, string prefix, string rest, CancellationToken cancellationToken)
        where T : class, Domain.ISlugged
    {
        var target = await SlugLookup.CurrentSlugAsync<T>(db, kind, slug, cancellationToken);
        return target is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {kind.Name()} has the address '{slug}'.")
            : Results.Redirect($"{prefix}/{target}{rest}", permanent: true);
    }

    /// <summary>
    /// A detail answer, the same for every reader until the catalogue changes (<see cref="CatalogueMemo"/>, weighed by
    /// <paramref name="rows"/>); an address that names no entity answers 301 to its current one, or 404. A kept answer asks
    /// for no (pooled) context: only a load or an unknown address leases one.
    /// </summary>
    private static async Task<IResult> KeptDetailAsync<TEntity, TDetail>(HttpContext http, CatalogueMemo memo, EntityKind kind, string slug, string prefix,
        Func<KdramaDbContext, string, CancellationToken, Task<TDetail?>> load, Func<TDetail, int> rows, CancellationToken cancellationToken)
        where TEntity : class, Domain.ISlugged
        where TDetail : class
    {
        var detail = await memo.GetOrNullAsync(("api", kind, slug), () => load(Db(http), slug, CancellationToken.None), rows);
        return detail is null ? await RedirectOrNotFoundAsync<TEntity>(Db(http), kind, slug, prefix, "", cancellationToken) : ETagged.Json(detail);
    }

    private static KdramaDbContext Db(HttpContext http) => http.RequestServices.GetRequiredService<KdramaDbContext>();

    // Lenient on purpose: a typo in a number means the default, not an error.
    private static int? Number(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int Size(string? value) => Math.Clamp(Number(value) ?? DefaultPageSize, 1, MaxPageSize);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
