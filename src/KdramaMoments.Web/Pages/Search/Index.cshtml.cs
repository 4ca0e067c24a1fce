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
        // The form's choices are the whole catalogue's: read once per catalogue version.
        TagOptions = await memo.GetAsync("search:tag-options", async () => (IReadOnlyList<(string Slug, string Name)>)
            (await db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Slug, t.Name }).ToListAsync()).Select(t => (t.Slug, t.Name)).ToList());
        Years = await memo.GetAsync("search:years", async () => (IReadOnlyList<int>)
            await db.Dramas.AsNoTracking().Where(d => d.Year != null).Select(d => d.Year!.Value).Distinct().OrderByDescending(v => v).ToListAsync());
        // An answer is kept per catalogue version under what it depends on (not the whole address: any other value in
        // the query string, a tracking tag or a cache-buster, would miss the output cache and read everything again).
        var key = new AnswerKey(SearchQuery.Parse(Q).Text, SearchKinds.Parse(Kind), NullIfBlank(Drama), year, page, string.Join('&', facets.QueryValues().Select(v => v.Key + "=" + v.Value)));
        var answer = await memo.GetAsync(key, () => AnswerAsync(new SearchRequest(Q, Kind, null, Drama, year, page, facets), facets), a => a.Rows);
        (Results, spoilerGates, DramaTitle) = (answer.Results, answer.SpoilerGates, answer.DramaTitle);
        Facets = FacetLinks.For(Request, "/search", facets, answer.Counts, TagOptions.ToDictionary(t => t.Slug, t => t.Name));
    }

    private sealed record AnswerKey(string Q, EntityKind? Kind, string? Drama, int? Year, int? Page, string Facets);

    private sealed record Answer(SearchResults Results, Dictionary<string, Microsoft.AspNetCore.Html.IHtmlContent> SpoilerGates, FacetCounts Counts, string? DramaTitle)
    {
        public int Rows => 1 + Results.Groups.Sum(g => g.Items.Count) + Counts.Tags.Count;
    }

    // Computed outside the request (it may be kept for other readers), so it takes no request's cancellation.
    private async Task<Answer> AnswerAsync(SearchRequest request, MomentFacets facets)
    {
        var results = await search.SearchAsync(request, CancellationToken.None);
        var scope = search.MatchingMoments(results);
        if (NullIfBlank(request.Drama) is { } drama)
        {
            scope = scope.Where(m => m.Drama.Slug == drama);
        }
        if (request.Year is { } year)
        {
            scope = scope.Where(m => m.Drama.Year == year);
        }
        var shown = results.Groups.Where(g => g.Kind == EntityKind.Moment).SelectMany(g => g.Items).Select(i => i.Slug).ToList();
        var gates = shown.Count == 0 ? [] : (await db.Moments.AsNoTracking().Where(m => shown.Contains(m.Slug))
                .Select(m => new { m.Slug, Drama = m.Drama.Slug, m.Episode, Spoiler = m.Tags.Any(t => t.Slug == Spoilers.SpoilerGate.Trope) })
                .ToListAsync())
            .ToDictionary(m => m.Slug, m => Spoilers.SpoilerGate.Attributes(m.Drama, m.Episode, m.Spoiler));
        var counts = await FacetCounts.CountAsync(scope, facets, CancellationToken.None);
        var dramaTitle = NullIfBlank(request.Drama) is { } slug
            ? await db.Dramas.AsNoTracking().Where(d => d.Slug == slug).Select(d => d.Title).FirstOrDefaultAsync()
            : null;
        return new Answer(results, gates, counts, dramaTitle);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

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
