using KdramaMoments.Web.Data;
using KdramaMoments.Web.Redirects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Characters;

public sealed class DetailsModel(CatalogueMemo memo) : CataloguePageModel
{
    public CharacterPage Character { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (slug, cancellationToken) = (Slug, HttpContext.RequestAborted);
        // The same for every reader until the catalogue changes.
        var character = await memo.GetOrNullAsync($"character-page:{slug}", () => LoadAsync(Db, slug, CancellationToken.None), c => 1 + c.Aliases.Count + c.Moments.Count);
        if (character is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Character>(Db, Domain.EntityKind.Character, slug, "/characters", cancellationToken);
        }
        Character = character;
        return Page();
    }

    private static Task<CharacterPage?> LoadAsync(KdramaDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Characters.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new CharacterPage(
                c.Name,
                c.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                c.Drama.Slug, c.Drama.Title,
                c.Actor == null ? null : c.Actor.Slug, c.Actor == null ? null : c.Actor.Name,
                c.Moments.OrderBy(m => m.Episode == null).ThenBy(m => m.Episode).ThenBy(m => m.Id).Select(m => new MomentLine(m.Slug, m.Title, m.Episode, m.Tags.Any(t => t.Slug == Spoilers.SpoilerGate.Trope))).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);

    public sealed record CharacterPage(string Name, IReadOnlyList<string> Aliases, string DramaSlug, string Drama, string? ActorSlug, string? Actor,
        IReadOnlyList<MomentLine> Moments);

    public sealed record MomentLine(string Slug, string Title, int? Episode, bool Spoiler);
}
