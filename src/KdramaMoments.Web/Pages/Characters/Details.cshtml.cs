using KdramaMoments.Web.Data;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Characters;

public sealed class DetailsModel(KdramaDbContext db) : PageModel
{
    public CharacterPage Character { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (this.RouteSlug(), HttpContext.RequestAborted);
        var character = await db.Characters.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new CharacterPage(
                c.Name,
                c.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                c.Drama.Slug, c.Drama.Title,
                c.Actor == null ? null : c.Actor.Slug, c.Actor == null ? null : c.Actor.Name,
                c.Moments.OrderBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Id).Select(m => new MomentLine(m.Slug, m.Title, m.Episode, m.Tags.Any(t => t.Slug == Spoilers.SpoilerGate.Trope))).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (character is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Character>(db, Domain.EntityKind.Character, slug, "/characters", cancellationToken);
        }
        Character = character;
        return Page();
    }

    public sealed record CharacterPage(string Name, IReadOnlyList<string> Aliases, string DramaSlug, string Drama, string? ActorSlug, string? Actor,
        IReadOnlyList<MomentLine> Moments);

    public sealed record MomentLine(string Slug, string Title, int? Episode, bool Spoiler);
}
