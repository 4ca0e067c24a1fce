using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Tags;

public sealed class IndexModel(KdramaDbContext db, CatalogueMemo memo) : PageModel
{
    public IReadOnlyList<TagRow> Tags { get; private set; } = [];

    public async Task OnGetAsync() =>
        Tags = await memo.GetAsync("tags", async () => await db.Tags.AsNoTracking().AllTagRows().ToListAsync());
}

/// <summary>A trope with how many moments carry it.</summary>
public sealed record TagRow
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public int Moments { get; init; }
}

public static class TagQueries
{
    public static IQueryable<TagRow> AllTagRows(this IQueryable<Domain.Tag> tags) =>
        // Member initialisers (not a constructor) so EF can order by the projected count.
        tags.Select(t => new TagRow { Slug = t.Slug, Name = t.Name, Moments = t.MomentCount })
            .OrderByDescending(t => t.Moments).ThenBy(t => t.Name);
}
