using KdramaMoments.Web.Data;
using KdramaMoments.Web.Facets;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Moments;

public sealed class IndexModel(KdramaDbContext db, CatalogueMemo memo) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Drama { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public MomentFilter Filter { get; private set; } = new(null, null, null, null, null);
    public PagedList<MomentCard> Moments { get; private set; } = null!;
    /// <summary>Whether <see cref="Moments"/> is the page kept per catalogue version (no facets), so its cards' HTML can be kept with it.</summary>
    public bool MomentsKept { get; private set; }
    public IReadOnlyList<TagOption> TagOptions { get; private set; } = [];
    public FacetLinks Facets { get; private set; } = null!;
    /// <summary>Whether the facet counts are the unfiltered ones kept per catalogue version, so the panel's HTML can be kept with them.</summary>
    public bool FacetsKept { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string? DramaTitle { get; private set; }
    public string? ActorName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Blank form fields arrive as empty strings; they mean "any".
        // "Most listed" leads only once some moment is named by two lists.
        var defaultSort = await memo.GetAsync("moments:default-sort", async () => await db.Moments.NamedByMoreThanOneList().AnyAsync() ? "listed" : "year");
        // Tropes (several, included or excluded), decade and episodes are facets; the rest narrow the list they count.
        Filter = new MomentFilter(null, NullIfBlank(Drama), NullIfBlank(Actor), Year, NullIfBlank(Sort), defaultSort);
        var facets = MomentFacets.From(Request.Query);
        var scope = db.Moments.AsNoTracking().Matching(Filter);
        // The unfiltered facet counts are kept per catalogue version.
        MomentsKept = facets.IsEmpty;
        Moments = facets.IsEmpty
            ? await MomentQueries.PageAsync(db, memo, Filter, Paging.RequestedPage(Request))
            : await facets.Apply(scope).SortedBy(Filter.SortOrDefault).ToCards().AsSplitQuery().ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken);
        // The filter form's choices count over the whole catalogue: once per catalogue version.
        TagOptions = await memo.GetAsync("moments:tag-options", async () => (IReadOnlyList<TagOption>)await db.Tags.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TagOption(t.Slug, t.Name, t.MomentCount)).ToListAsync());
        FacetsKept = facets.IsEmpty && Filter.IsEmpty;
        var counts = FacetsKept
            ? await memo.GetAsync("moments:facet-counts", () => FacetCounts.CountAsync(db.Moments.AsNoTracking(), MomentFacets.None, CancellationToken.None))
            : await FacetCounts.CountAsync(scope, facets, cancellationToken);
        Facets = FacetLinks.For(Request, "/moments", facets, counts, TagOptions.ToDictionary(t => t.Slug, t => t.Name));
        Years = await memo.GetAsync("moments:years", async () => (IReadOnlyList<int>)await db.Dramas.AsNoTracking().Where(d => d.Year != null && d.Moments.Any())
            .Select(d => d.Year!.Value).Distinct().OrderByDescending(y => y).ToListAsync());
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
