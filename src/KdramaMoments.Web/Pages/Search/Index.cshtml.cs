using System.Globalization;
using System.Text.Encodings.Web;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Facets;
using KdramaMoments.Web.Pagination;
using KdramaMoments.Web.Search;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Search;

public sealed class IndexModel(CatalogueMemo memo) : CataloguePageModel
{
    // Read from the query string in OnGetAsync (QueryBinding), as [BindProperty(SupportsGet = true)] would bind them.
    public string? Q { get; set; }
    public string? Kind { get; set; }
    public string? Drama { get; set; }
    public string? Year { get; set; }

    public SearchResults Results { get; private set; } = null!;
    public IReadOnlyList<(string Slug, string Name)> TagOptions { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string? DramaTitle { get; private set; }
    public FacetLinks Facets { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        if (QueryBinding.IsPlain(Request))
        {
            (Q, Kind, Drama, Year) = (QueryBinding.Text(Request.Query, "q"), QueryBinding.Text(Request.Query, "kind"),
                QueryBinding.Text(Request.Query, "drama"), QueryBinding.Text(Request.Query, "year"));
        }
        else
        {
            var bound = new BoundValues();
            await TryUpdateModelAsync(bound, string.Empty);
            (Q, Kind, Drama, Year) = (bound.Q, bound.Kind, bound.Drama, bound.Year);
        }
        // Numbers are parsed here, not bound: "?year=abc" is a reader's typo, not a reason for an error page.
        var year = int.TryParse(Year, out var y) ? y : (int?)null;
        var page = Paging.RequestedPage(Request);
        // Every trope asked for (several tag=, not=), decade and episodes narrow the moments found; the counts follow.
        var facets = MomentFacets.From(Request.Query);
        // The form's choices are the whole catalogue's: read once per catalogue version.
        // Each menu is kept with its options' HTML, so a request writes it rather than rendering every option.
        var encoder = HttpContext.RequestServices.GetRequiredService<HtmlEncoder>();
        var tags = await memo.GetAsync("search:tag-options", async () => new TagChoices(
            (await Db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Slug, t.Name }).ToListAsync()).Select(t => (t.Slug, t.Name)).ToList(), encoder));
        TagOptions = tags.Menu.Options;
        var years = await memo.GetAsync("search:years", async () => new OptionMenu<int>(
            await DramaYears.NewestFirstAsync(Db, CancellationToken.None),
            y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture)), encoder));
        Years = years.Options;
        YearMenu = years.MenuWith(YearValue?.ToString(CultureInfo.InvariantCulture));
        // An answer is kept per catalogue version under what it depends on (not the whole address: any other value in
        // the query string, a tracking tag or a cache-buster, would miss the output cache and read everything again).
        var key = new AnswerKey(SearchQuery.Parse(Q).Text, SearchKinds.Parse(Kind), NullIfBlank(Drama), year, page, string.Join('&', facets.QueryValues().Select(v => v.Key + "=" + v.Value)));
        var answer = await memo.GetAsync(key, () => AnswerAsync(new SearchRequest(Q, Kind, null, Drama, year, page, facets), facets), a => a.Rows);
        (Results, DramaTitle, items) = (answer.Results, answer.DramaTitle, answer.Items);
        Facets = FacetLinks.For(Request, "/search", facets, answer.Counts, tags.Names);
        TagMenu = tags.Menu.MenuWith(facets.Tags.Count > 0 ? facets.Tags[0] : null);
        var kinds = kindMenus;
        if (kinds?.Encoder != encoder)
        {
            kindMenus = kinds = new OptionMenu<EntityKind>(EntityKinds.Searchable, k => (k.Name(), Plural(k, 2)), encoder);
        }
        KindMenu = kinds.MenuWith(Results.Kind?.Name());
    }

    /// <summary>The "Show" menu's kinds, which never change: kept for the process (rebuilt only for another encoder).</summary>
    private static OptionMenu<EntityKind>? kindMenus;

    /// <summary>The "Show" menu's options (the kind shown selected), as HTML.</summary>
    public IHtmlContent KindMenu { get; private set; } = HtmlString.Empty;

    /// <summary>The trope menu's options (the first trope chosen selected), as HTML.</summary>
    public IHtmlContent TagMenu { get; private set; } = HtmlString.Empty;

    /// <summary>The year menu's options (the year asked for selected), as HTML.</summary>
    public IHtmlContent YearMenu { get; private set; } = HtmlString.Empty;

    private sealed record AnswerKey(string Q, EntityKind? Kind, string? Drama, int? Year, int? Page, string Facets);

    private sealed record Answer(SearchResults Results, Dictionary<string, Microsoft.AspNetCore.Html.IHtmlContent> SpoilerGates, FacetCounts Counts, string? DramaTitle)
    {
        public int Rows => 1 + Results.Groups.Sum(g => g.Items.Count) + Counts.Tags.Count;

        /// <summary>Each group's results with their spoiler gates: kept with the answer, so their HTML can be kept too.</summary>
        public Dictionary<SearchGroup, ResultItems> Items { get; } =
            Results.Groups.ToDictionary<SearchGroup, SearchGroup, ResultItems>(g => g, g => new ResultItems(g, SpoilerGates), ReferenceEqualityComparer.Instance);
    }

    /// <summary>The form's tropes, kept per catalogue version with their menu and their names by slug (for the facet chips).</summary>
    private sealed class TagChoices(List<(string Slug, string Name)> options, HtmlEncoder encoder)
    {
        public OptionMenu<(string Slug, string Name)> Menu { get; } = new(options, t => t, encoder);

        public IReadOnlyDictionary<string, string> Names { get; } = options.ToDictionary(t => t.Slug, t => t.Name);
    }

    /// <summary>
    /// A group's results with the spoiler gates of the moments among them, kept with the answer: <c>_SearchResultItems</c>
    /// (the markup keeps the indentation it had inside Index.cshtml) is rendered once per answer (KeptFragments), since a
    /// result's highlighted runs and language marks were a fifth of what an uncached search page allocated.
    /// </summary>
    public sealed class ResultItems(SearchGroup group, Dictionary<string, Microsoft.AspNetCore.Html.IHtmlContent> gates)
    {
        public SearchGroup Group => group;

        /// <summary>The spoiler gate's attributes for a moment found (nothing for other kinds).</summary>
        public Microsoft.AspNetCore.Html.IHtmlContent Gate(SearchResult result) =>
            result.Kind == EntityKind.Moment && gates.TryGetValue(result.Slug, out var gate) ? gate : Microsoft.AspNetCore.Html.HtmlString.Empty;
    }

    private Dictionary<SearchGroup, ResultItems> items = [];

    /// <summary>The kept results of <paramref name="group"/> (one of <see cref="Results"/>' groups), for <c>KeptFragments</c>.</summary>
    public ResultItems ItemsOf(SearchGroup group) => items[group];

    /// <summary>The values model binding reads for a request that <see cref="QueryBinding.IsPlain"/> leaves to it.</summary>
    public sealed class BoundValues
    {
        public string? Q { get; set; }
        public string? Kind { get; set; }
        public string? Drama { get; set; }
        public string? Year { get; set; }
    }

    // Computed outside the request (it may be kept for other readers), so it takes no request's cancellation.
    private async Task<Answer> AnswerAsync(SearchRequest request, MomentFacets facets)
    {
        var search = HttpContext.RequestServices.GetRequiredService<SiteSearch>();
        var db = Db;
        var results = await search.SearchAsync(request, CancellationToken.None);
        var shown = results.Groups.Where(g => g.Kind == EntityKind.Moment).SelectMany(g => g.Items).Select(i => i.Slug).ToList();
        // The shown slugs as one parameter, as ResultDescriptions reads the results: not a parameter per result.
        var gates = shown.Count == 0 ? [] : (await db.Moments.AsNoTracking().Where(m => EF.Parameter(shown).Contains(m.Slug))
                .Select(m => new { m.Slug, Drama = m.Drama.Slug, m.Episode, Spoiler = m.Tags.Any(t => t.Slug == Spoilers.SpoilerGate.Trope) })
                .ToListAsync())
            .ToDictionary(m => m.Slug, m => Spoilers.SpoilerGate.Attributes(m.Drama, m.Episode, m.Spoiler));
        var counts = await CountFacetsAsync(search, results, request, facets);
        var dramaTitle = NullIfBlank(request.Drama) is { } slug
            ? await db.Dramas.AsNoTracking().Where(d => d.Slug == slug).Select(d => d.Title).FirstOrDefaultAsync()
            : null;
        return new Answer(results, gates, counts, dramaTitle);
    }

    /// <summary>
    /// The facet counts over the moments found (their drama and year as asked), in the window the search counts them in:
    /// where the page says "1,000+" moments, each facet counts the newest thousand of its moments and says "312+" (the
    /// panel says so); where it gives the number, the counts are exact. A common word matches most of the catalogue,
    /// and grouping every moment it matched was most of the page's time at 100,000 moments (README, "Page speed").
    /// </summary>
    private Task<FacetCounts> CountFacetsAsync(SiteSearch search, SearchResults results, SearchRequest request, MomentFacets facets)
    {
        var (drama, year) = (NullIfBlank(request.Drama), request.Year);
        IQueryable<int> Newest(MomentFacets chosen, int count) => search.NewestMatchingMoments(results, drama, year, chosen, count);
        // The moments the search counted are these facets' (the tropes'; the decades' and episodes' too unless one is
        // chosen), unless it counted another kind only: then, or for the others, one bounded read says.
        bool? counted = results.Kind is null or EntityKind.Moment
            ? results.Groups.FirstOrDefault(g => g.Kind == EntityKind.Moment)?.TotalIsAtLeast ?? false
            : null;
        // No moment found, and every group's window is the search's own (no decade or band chosen): nothing to count.
        // A trope none of a word's moments carries made each window walk all of them again ("kiss" and "tears").
        if (counted is not null && results.Groups.All(g => g.Kind != EntityKind.Moment) && facets.Decade is null && facets.Episodes is null)
        {
            return Task.FromResult(FacetCounts.None);
        }
        async Task<bool> PastCap(MomentFacets chosen) =>
            counted is { } known && chosen.Decade == facets.Decade && chosen.Episodes == facets.Episodes
                ? known
                : await Newest(chosen, SiteSearch.CountCap + 1).CountAsync() > SiteSearch.CountCap;
        return FacetCounts.CountNewestAsync(Db, facets, SiteSearch.CountCap, Newest, PastCap, CancellationToken.None);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

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
