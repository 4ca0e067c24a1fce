using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Facets;
using KdramaMoments.Web.Pagination;
using KdramaMoments.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Search;

public sealed class IndexModel(SiteSearch search, KdramaDbContext db, CatalogueMemo memo) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Drama { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }

    public SearchResults Results { get; private set; } = null!;
    public IReadOnlyList<(string Slug, string Name)> TagOptions { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string? DramaTitle { get; private set; }
    public FacetLinks Facets { get; private set; } = null!;
    private Dictionary<string, Microsoft.AspNetCore.Html.IHtmlContent> spoilerGates = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Numbers are parsed here, not bound: "?year=abc" is a reader's typo, not a reason for an error page.
        var year = int.TryParse(Year, out var y) ? y : (int?)null;
        var page = Paging.RequestedPage(Request);
        // Every trope asked for (several tag=, not=), decade and episodes narrow the moments found; the counts follow.
        var facets = MomentFacets.From(Request.Query);
        Results = await search.SearchAsync(new SearchRequest(Q, Kind, null, Drama, year, page, facets), cancellationToken);
        // The form's choices are the whole catalogue's: read once per catalogue version.
        TagOptions = await memo.GetAsync("search:tag-options", async () => (IReadOnlyList<(string Slug, string Name)>)
            (await db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Slug, t.Name }).ToListAsync()).Select(t => (t.Slug, t.Name)).ToList());
        var scope = search.MatchingMoments(Q);
        if (!string.IsNullOrWhiteSpace(Drama))
        {
            scope = scope.Where(m => m.Drama.Slug == Drama);
        }
        if (year is not null)
        {
            scope = scope.Where(m => m.Drama.Year == year);
        }
        var shown = Results.Groups.Where(g => g.Kind == EntityKind.Moment).SelectMany(g => g.Items).Select(i => i.Slug).ToList();
        spoilerGates = (await db.Moments.AsNoTracking().Where(m => shown.Contains(m.Slug))
                .Select(m => new { m.Slug, Drama = m.Drama.Slug, m.Episode, Spoiler = m.Tags.Any(t => t.Slug == Spoilers.SpoilerGate.Trope) })
                .ToListAsync(cancellationToken))
            .ToDictionary(m => m.Slug, m => Spoilers.SpoilerGate.Attributes(m.Drama, m.Episode, m.Spoiler));
        Facets = FacetLinks.For(Request, "/search", facets, await FacetCounts.CountAsync(scope, facets, cancellationToken),
            TagOptions.ToDictionary(t => t.Slug, t => t.Name));
        Years = await memo.GetAsync("search:years", async () => (IReadOnlyList<int>)
            await db.Dramas.AsNoTracking().Where(d => d.Year != null).Select(d => d.Year!.Value).Distinct().OrderByDescending(v => v).ToListAsync());
        if (!string.IsNullOrWhiteSpace(Drama))
        {
            DramaTitle = await db.Dramas.AsNoTracking().Where(d => d.Slug == Drama).Select(d => d.Title).FirstOrDefaultAsync(cancellationToken);
        }
    }

    /// <summary>The spoiler gate's attributes for a moment found (nothing for other kinds).</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent SpoilerGate(SearchResult result) =>
        result.Kind == EntityKind.Moment && spoilerGates.TryGetValue(result.Slug, out var gate) ? gate : Microsoft.AspNetCore.Html.HtmlString.Empty;

    public int? YearValue => int.TryParse(Year, out var y) ? y : null;

    /// <summary>This search's address with some values changed (kind to see a whole group, q for "did you mean").</summary>
    public string With(string key, string? value)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Results.Query.Text,
            ["kind"] = Kind,
            ["drama"] = Drama,
            ["year"] = YearValue?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        values[key] = value;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", values.Where(v => !string.IsNullOrEmpty(v.Value)).Concat(Facets.Facets.QueryValues()));
    }

    public static string Plural(EntityKind kind, int count) => (kind, count == 1) switch
    {
        (EntityKind.Moment, true) => "moment",
        (EntityKind.Moment, false) => "moments",
        (EntityKind.Drama, true) => "drama",
        (EntityKind.Drama, false) => "dramas",
        (EntityKind.Actor, true) => "actor",
        (EntityKind.Actor, false) => "actors",
        (EntityKind.Character, true) => "character",
        (EntityKind.Character, false) => "characters",
        (_, true) => "trope",
        _ => "tropes",
    };
}
