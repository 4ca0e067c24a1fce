using KdramaMoments.Web.Data;
using KdramaMoments.Web.Facets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Moments;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Drama { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public MomentFilter Filter { get; private set; } = new(null, null, null, null, null);
    public PagedList<MomentCard> Moments { get; private set; } = null!;
    public IReadOnlyList<TagOption> TagOptions { get; private set; } = [];
    public FacetLinks Facets { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string? DramaTitle { get; private set; }
    public string? ActorName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Blank form fields arrive as empty strings; they mean "any".
        // Tropes (several, included or excluded), decade and episodes are facets; the rest narrow the list they count.
        Filter = new MomentFilter(null, NullIfBlank(Drama), NullIfBlank(Actor), Year, NullIfBlank(Sort));
        var facets = MomentFacets.From(Request.Query);
        var scope = db.Moments.AsNoTracking().Matching(Filter);
        Moments = await facets.Apply(scope).ToCards().SortedBy(Filter.SortOrDefault)
            .AsSplitQuery()
            .ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken);
        TagOptions = await db.Tags.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TagOption(t.Slug, t.Name, t.Moments.Count)).ToListAsync(cancellationToken);
        Facets = FacetLinks.For(Request, "/moments", facets, await FacetCounts.CountAsync(scope, facets, cancellationToken),
            TagOptions.ToDictionary(t => t.Slug, t => t.Name));
        Years = await db.Dramas.AsNoTracking().Where(d => d.Year != null && d.Moments.Any())
            .Select(d => d.Year!.Value).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        if (Filter.Drama is { } drama)
        {
            DramaTitle = await db.Dramas.Where(d => d.Slug == drama).Select(d => d.Title).FirstOrDefaultAsync(cancellationToken);
        }
        if (Filter.Actor is { } actor)
        {
            ActorName = await db.Actors.Where(a => a.Slug == actor).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        }
    }

    /// <summary>This list's address with one filter removed (the facets kept), for the "remove" links beside active filters.</summary>
    public string Without(string key)
    {
        var values = new Dictionary<string, string?>
        {
            ["drama"] = Filter.Drama,
            ["actor"] = Filter.Actor,
            ["year"] = Filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sort"] = Filter.Sort,
        };
        values.Remove(key);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/moments", values.Where(v => v.Value is not null).Concat(Facets.Facets.QueryValues()));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed record TagOption(string Slug, string Name, int Moments);
}
