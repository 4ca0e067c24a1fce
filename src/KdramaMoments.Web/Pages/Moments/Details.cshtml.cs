using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Moments;

public sealed class DetailsModel(KdramaDbContext db) : PageModel
{
    public MomentPage Moment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var moment = await db.Moments.AsNoTracking()
            .Where(m => m.Slug == slug)
            .Select(m => new MomentPage(
                m.Slug, m.Title, m.Drama.Slug, m.Drama.Title, m.Episode, m.Description,
                m.Characters.OrderBy(c => c.Name).Select(c => new PersonLine(c.Slug, c.Name, c.Actor == null ? null : c.Actor.Slug, c.Actor == null ? null : c.Actor.Name)).ToList(),
                m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).ToList(),
                m.Tags.OrderBy(t => t.Slug).Select(t => new TagLine(t.Slug, t.Name)).ToList(),
                m.Sources.OrderBy(s => s.Article.FileName).ThenBy(s => s.Position)
                    .Select(s => new SourceLine(s.Article.Slug, s.Article.Title, s.Position, s.Rank, s.Excerpt)).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (moment is null)
        {
            return await SlugLookup.RedirectOrNotFoundAsync<Domain.Moment>(db, "moment", slug, "/moments", cancellationToken);
        }
        Moment = moment;
        return Page();
    }

    public sealed record MomentPage(string Slug, string Title, string DramaSlug, string Drama, int? Episode, string? Description,
        IReadOnlyList<PersonLine> Characters, IReadOnlyList<string> Quotes, IReadOnlyList<TagLine> Tags, IReadOnlyList<SourceLine> Sources);

    public sealed record PersonLine(string Slug, string Name, string? ActorSlug, string? Actor);

    public sealed record TagLine(string Slug, string Name);

    public sealed record SourceLine(string ArticleSlug, string Article, int Position, int? Rank, string Excerpt);
}
