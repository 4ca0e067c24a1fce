using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Actors;

public sealed class DetailsModel(KdramaDbContext db) : PageModel
{
    public ActorPage Actor { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ActorPage(
                a.Id, a.Name, a.HangulName,
                a.Aliases.OrderBy(x => x.Name).Select(x => x.Name).ToList(),
                a.Characters.OrderBy(c => c.Drama.Title).Select(c => new RoleLine(c.Slug, c.Name, c.Drama.Slug, c.Drama.Title, c.Drama.Year)).ToList(),
                new List<MomentLine>(),
                new List<CoStarLine>()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Actor>(db, "actor", slug, "/actors", cancellationToken);
        }
        // Separate queries: distinct lists inside the projection would need SQL APPLY, which SQLite lacks.
        var moments = await db.Moments.AsNoTracking()
            .Where(m => m.Characters.Any(c => c.ActorId == actor.Id))
            .OrderBy(m => m.Drama.Title).ThenBy(m => m.Episode)
            .Select(m => new MomentLine(m.Slug, m.Title, m.Drama.Title))
            .ToListAsync(cancellationToken);
        // Co-stars: other actors with a role in one of this actor's dramas.
        var coStars = await db.Actors.AsNoTracking()
            .Where(o => o.Id != actor.Id && o.Characters.Any(c => c.Drama.Characters.Any(x => x.ActorId == actor.Id)))
            .OrderBy(o => o.Name)
            .Select(o => new CoStarLine(o.Slug, o.Name))
            .ToListAsync(cancellationToken);
        Actor = actor with { Moments = moments, CoStars = coStars };
        return Page();
    }

    public sealed record ActorPage(int Id, string Name, string? HangulName, IReadOnlyList<string> Aliases, IReadOnlyList<RoleLine> Roles,
        IReadOnlyList<MomentLine> Moments, IReadOnlyList<CoStarLine> CoStars);

    public sealed record RoleLine(string CharacterSlug, string Character, string DramaSlug, string Drama, int? Year);

    public sealed record MomentLine(string Slug, string Title, string Drama);

    public sealed record CoStarLine(string Slug, string Name);
}
