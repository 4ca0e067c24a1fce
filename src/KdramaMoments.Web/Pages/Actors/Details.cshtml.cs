using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Actors;

public sealed class DetailsModel(CatalogueMemo memo) : CataloguePageModel
{
    /// <summary>The first moments shown; the rest are on the moment list filtered by the actor (<c>/moments?actor=</c>).</summary>
    public const int MomentsShown = 50;

    /// <summary>The first roles shown (by drama title); all of them are on the actor's roles pages (<c>/actors/{slug}/roles</c>).</summary>
    public const int RolesShown = RolesModel.PageSize;

    /// <summary>The co-stars listed and drawn: those sharing most dramas. Hundreds of names would make neither a readable map nor a quick page.</summary>
    public const int CoStarsShown = 24;

    /// <summary>The couples shown, in the couples list's order (most dramas together first); <c>/couples</c> lists every couple.</summary>
    public const int CouplesShown = 12;

    /// <summary>What the page shows, the object the memo keeps per catalogue version (the page's HTML is kept with it).</summary>
    public ActorView View { get; private set; } = null!;

    public ActorPage Actor => View.Actor;

    /// <summary>
    /// Whether the body's HTML may be kept with <see cref="View"/>: it links to the moment list by the address's slug, which
    /// is the slug the page was read by unless a form body (which model binding reads first) named another.
    /// </summary>
    public bool BodyKept => !Request.HasFormContentType;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (Slug, HttpContext.RequestAborted);
        // The same for every reader until the catalogue changes.
        var view = await memo.GetOrNullAsync($"actor-page:{slug}", () => LoadAsync(Db, slug, CancellationToken.None), v => v.Rows);
        if (view is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Actor>(Db, Domain.EntityKind.Actor, slug, "/actors", cancellationToken);
        }
        View = view;
        return Page();
    }

    /// <summary>
    /// The data of an actor's page; <c>CoStarCount</c> and <c>CoupleCount</c> count all the actor's co-stars and couples,
    /// of which <c>CoStars</c> and <c>Couples</c> are shown.
    /// </summary>
    public sealed record ActorView(ActorPage Actor, IReadOnlyList<CoStarLine> CoStars, CoStarDrawing Neighbourhood, IReadOnlyList<CoupleCard> Couples,
        int CoStarCount, int CoupleCount)
    {
        public int Rows => 1 + Actor.Roles.Count + Actor.Moments.Count + CoStars.Count + Neighbourhood.Graph.Nodes.Count + Neighbourhood.Graph.Edges.Count + Couples.Count;
    }

    private static async Task<ActorView?> LoadAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ActorPage(
                a.Id, a.Slug, a.Name, a.HangulName,
                a.Aliases.OrderBy(x => x.Name).Select(x => x.Name).ToList(),
                new List<RoleLine>(),
                a.Characters.Count(),
                new List<MomentLine>(), a.MomentCount))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return null;
        }
        // Separate queries: distinct lists inside the projection would need SQL APPLY, which SQLite lacks, and a limited
        // list inside it numbers every actor's roles (ROW_NUMBER over the whole table) before keeping this actor's.
        var roles = await RolesModel.InOrder(db, actor.Id).Take(RolesShown).ToListAsync(cancellationToken);
        var moments = await MomentQueries.FirstOfActorAsync(db, actor.Id, MomentsShown,
            ordered => ordered.Select(m => new MomentLine(m.Slug, m.Title, m.Drama.Title, m.Drama.Slug, m.Episode, m.Tags.Any(t => t.Slug == Spoilers.SpoilerGate.Trope))),
            cancellationToken);
        var (couples, coupleCount) = await ActorCouples.OfActorAsync(db, new PersonRef(actor.Id, actor.Slug, actor.Name), CouplesShown, cancellationToken);
        // The neighbourhood on the co-star map: co-stars are the other actors with a role in one of this actor's dramas.
        var (graph, coStarCount) = await CoStarQueries.NeighbourhoodAsync(db, actor.Id, CoStarsShown, cancellationToken);
        var coStars = graph.CoStarsOf(actor.Id).Select(c => new CoStarLine(c.CoStar, c.Dramas)).ToList();
        var neighbourhood = CoStarLayout.Neighbourhood(graph, actor.Id, $"{actor.Name} and co-stars; a line joins actors who share a drama.");
        return new ActorView(actor with { Roles = roles, Moments = moments }, coStars, neighbourhood, couples, coStarCount, coupleCount);
    }

    /// <summary>An actor with their first roles and moments; <c>RoleCount</c> and <c>MomentCount</c> (stored, Data/StoredCounts.cs) count them all.</summary>
    public sealed record ActorPage(int Id, string Slug, string Name, string? HangulName, IReadOnlyList<string> Aliases, IReadOnlyList<RoleLine> Roles, int RoleCount,
        IReadOnlyList<MomentLine> Moments, int MomentCount)
    {
        public bool HasMoreRoles => RoleCount > Roles.Count;

        public bool HasMoreMoments => MomentCount > Moments.Count;
    }

    public sealed record RoleLine(string CharacterSlug, string Character, string DramaSlug, string Drama, int? Year);

    public sealed record MomentLine(string Slug, string Title, string Drama, string DramaSlug, int? Episode, bool Spoiler);

    public sealed record CoStarLine(CoStarNode Actor, IReadOnlyList<SharedDrama> Dramas);
}
