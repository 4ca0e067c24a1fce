using System.Globalization;
using System.Text.Encodings.Web;
using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Facets;
using KdramaMoments.Web.Moments;
using KdramaMoments.Web.Pagination;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Moments;

public sealed class IndexModel(CatalogueMemo memo) : CataloguePageModel
{
    // Read from the query string in OnGetAsync (QueryBinding), as [BindProperty(SupportsGet = true)] would bind them.
    public string? Drama { get; set; }
    public string? Actor { get; set; }
    public int? Year { get; set; }
    public string? Sort { get; set; }
    /// <summary>A couple's address (<c>/couples/{slug}</c>): the moments naming both roles of one of its pairings, which its page links to past its first moments.</summary>
    public string? Couple { get; set; }

    public MomentFilter Filter { get; private set; } = new(null, null, null, null, null);
    public PagedList<MomentCard> Moments { get; private set; } = null!;
    /// <summary>Whether <see cref="Moments"/> is the page kept per catalogue version (no facets), so its cards' HTML can be kept with it.</summary>
    public bool MomentsKept { get; private set; }
    public IReadOnlyList<TagOption> TagOptions { get; private set; } = [];
    /// <summary>The trope menu's options (the first trope chosen selected), as HTML.</summary>
    public IHtmlContent TagMenu { get; private set; } = HtmlString.Empty;
    /// <summary>The year menu's options (the year chosen selected), as HTML.</summary>
    public IHtmlContent YearMenu { get; private set; } = HtmlString.Empty;
    public FacetLinks Facets { get; private set; } = null!;
    /// <summary>Whether the facet counts are the unfiltered ones kept per catalogue version, so the panel's HTML can be kept with them.</summary>
    public bool FacetsKept { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public string? DramaTitle { get; private set; }
    public string? ActorName { get; private set; }
    /// <summary>The couple filtered by, or null when there is none or no couple has that address.</summary>
    public CoupleSummary? CoupleShown { get; private set; }
    public string? CoupleFilter { get; private set; }

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (QueryBinding.IsPlain(Request))
        {
            (Drama, Actor, Year, Sort, Couple) = (QueryBinding.Text(Request.Query, "drama"), QueryBinding.Text(Request.Query, "actor"),
                QueryBinding.Number(Request.Query, "year"), QueryBinding.Text(Request.Query, "sort"), QueryBinding.Text(Request.Query, "couple"));
        }
        else
        {
            var bound = new BoundValues();
            await TryUpdateModelAsync(bound, string.Empty);
            (Drama, Actor, Year, Sort, Couple) = (bound.Drama, bound.Actor, bound.Year, bound.Sort, bound.Couple);
        }
        // Blank form fields arrive as empty strings; they mean "any".
        // "Most listed" leads only once some moment is named by two lists.
        var defaultSort = await memo.GetAsync("moments:default-sort", async () => await Db.Moments.NamedByMoreThanOneList().AnyAsync() ? "listed" : "year");
        // Tropes (several, included or excluded), decade and episodes are facets; the rest narrow the list they count.
        Filter = new MomentFilter(null, NullIfBlank(Drama), NullIfBlank(Actor), Year, NullIfBlank(Sort), defaultSort);
        var facets = MomentFacets.From(Request.Query);
        // A couple is no column of a moment: its pairings are read (counted, bounded) and their roles narrow the list.
        CoupleFilter = NullIfBlank(Couple);
        if (CoupleFilter is not null)
        {
            CoupleShown = await CoupleQueries.BySlugAsync(Db, CoupleFilter, cancellationToken);
        }
        var couplePairs = CoupleShown is null ? [] : CoupleMoments.PairsOf(CoupleShown.Pairings);
        // Built only when read: the kept page and counts need no query.
        IQueryable<Moment> Scope() => CoupleFilter is null
            ? Db.Moments.AsNoTracking().Matching(Db, Filter)
            : Db.Moments.AsNoTracking().Matching(Db, Filter).OfPairs(Db, couplePairs);
        var list = await FacetCounts.ForListAsync(() => Db, memo, Filter, facets, Scope, CoupleFilter is not null, Paging.RequestedPage(Request), Paging.DefaultSize, cancellationToken);
        (Moments, MomentsKept, FacetsKept) = (list.Moments, list.MomentsKept, list.CountsKept);
        // The filter form's choices count over the whole catalogue: once per catalogue version.
        var encoder = HttpContext.RequestServices.GetRequiredService<HtmlEncoder>();
        var tags = await memo.GetAsync("moments:tag-options", async () =>
        {
            var options = await Db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new TagOption(t.Slug, t.Name, t.MomentCount)).ToListAsync();
            return new TagChoices(new OptionMenu<TagOption>(options, t => (t.Slug, $"{t.Name} ({t.Moments.ToString(CultureInfo.InvariantCulture)})"), encoder),
                options.ToDictionary(t => t.Slug, t => t.Name));
        });
        TagOptions = tags.Menu.Options;
        Facets = FacetLinks.For(Request, "/moments", facets, list.Counts, tags.Names);
        TagMenu = tags.Menu.MenuWith(facets.Tags.Count > 0 ? facets.Tags[0] : null);
        // The years some moment's drama has, from the moments per year kept at write time rather than every drama asked.
        var years = await memo.GetAsync("moments:years", async () => new OptionMenu<int>((await CatalogueTotals.ReadAsync(Db, CancellationToken.None)).Years
            .Select(y => y.Year).OrderDescending().ToList(), y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture)), encoder));
        Years = years.Options;
        YearMenu = years.MenuWith(Filter.Year?.ToString(CultureInfo.InvariantCulture));
        if (Filter.Drama is { } drama)
        {
            DramaTitle = await Db.Dramas.Where(d => d.Slug == drama).Select(d => d.Title).FirstOrDefaultAsync(cancellationToken);
        }
        if (Filter.Actor is { } actor)
        {
            ActorName = await Db.Actors.Where(a => a.Slug == actor).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
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
            ["couple"] = CoupleFilter,
        };
        values.Remove(key);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/moments", values.Where(v => v.Value is not null).Concat(Facets.Facets.QueryValues()));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The values model binding reads for a request that <see cref="QueryBinding.IsPlain"/> leaves to it.</summary>
    public sealed class BoundValues
    {
        public string? Drama { get; set; }
        public string? Actor { get; set; }
        public int? Year { get; set; }
        public string? Sort { get; set; }
        public string? Couple { get; set; }
    }

    public sealed record TagOption(string Slug, string Name, int Moments);

    /// <summary>The filter form's tropes, kept per catalogue version: the menu and each trope's name by slug (for the facet chips).</summary>
    private sealed record TagChoices(OptionMenu<TagOption> Menu, IReadOnlyDictionary<string, string> Names);
}
