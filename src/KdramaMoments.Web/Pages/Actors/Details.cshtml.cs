using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Actors;

public sealed class DetailsModel(KdramaDbContext db, CatalogueMemo memo) : PageModel
{
    /// <summary>The first moments shown; the rest are on the moment list filtered by the actor (<c>/moments?actor=</c>).</summary>
    public const int MomentsShown = 50;

    /// <summary>The first roles shown (by drama title); all of them are on the actor's roles pages (<c>/actors/{slug}/roles</c>).</summary>
    public const int RolesShown = RolesModel.PageSize;

    /// <summary>The co-stars listed and drawn: those sharing most dramas. Hundreds of names would make neither a readable map nor a quick page.</summary>
    public const int CoStarsShown = 24;

    /// <summary>The couples shown, in the couples list's order (most dramas together first); <c>/couples</c> lists every couple.</summary>
    public const int CouplesShown = 12;

    public ActorPage Actor { get; private set; } = null!;
    public IReadOnlyList<CoStarLine> CoStars { get; private set; } = [];
    public CoStarDrawing Neighbourhood { get; private set; } = null!;
    public IReadOnlyList<Couple> Couples { get; private set; } = [];
    /// <summary>All the actor's co-stars, of which <see cref="CoStars"/> are shown.</summary>
    public int CoStarCount { get; private set; }
    /// <summary>All the actor's couples, of which <see cref="Couples"/> are shown.</summary>
    public int CoupleCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        // The same for every reader until the catalogue changes.
        var view = await memo.GetOrNullAsync($"actor-page:{slug}", () => LoadAsync(db, slug, CancellationToken.None), v => v.Rows);
        if (view is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Actor>(db, Domain.EntityKind.Actor, slug, "/actors", cancellationToken);
        }
        (Actor, CoStars, Neighbourhood, Couples, CoStarCount, CoupleCount) = view;
        return Page();
    }

    private sealed record ActorView(ActorPage Actor, IReadOnlyList<CoStarLine> CoStars, CoStarDrawing Neighbourhood, IReadOnlyList<Couple> Couples,
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
        var moments = await db.Moments.AsNoTracking().OfActor(db, actor.Id)
            .OrderBy(m => m.Drama.Title).ThenBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Id)
            .Select(m => new MomentLine(m.Slug, m.Title, m.Drama.Title, m.Drama.Slug, m.Episode, m.Tags.Any(t => t.Slug == Spoilers.SpoilerGate.Trope)))
            .Take(MomentsShown)
            .ToListAsync(cancellationToken);
        var (couples, coupleCount) = await CoupleQueries.OfActorAsync(db, actor.Id, actor.Slug, CouplesShown, cancellationToken);
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
