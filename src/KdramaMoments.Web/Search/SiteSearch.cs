using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Pagination;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Search;

/// <summary>What a reader asked: words, and optional narrowing by kind, trope, drama and year.</summary>
public sealed record SearchRequest(string? Q, string? Kind = null, string? Tag = null, string? Drama = null, int? Year = null, int? Page = null, Facets.MomentFacets? Facets = null);

/// <summary>One found entity as lists show it, with the matching words marked; what it is in <see cref="Context"/>.</summary>
public sealed record SearchResult(EntityKind Kind, string Slug, string Title, IReadOnlyList<TextRun> TitleRuns, IReadOnlyList<ContextPart> Context, SearchSnippet? Snippet)
{
    public string Href => SearchKinds.Href(Kind, Slug);

    public string ContextText => string.Concat(Context.Select(p => p.Text));
}

/// <summary>One kind's results. <see cref="TotalIsAtLeast"/>: more match than <see cref="Total"/>, where counting stopped (<see cref="SiteSearch.CountCap"/>).</summary>
public sealed record SearchGroup(EntityKind Kind, int Total, IReadOnlyList<SearchResult> Items, int Page, int PageCount, bool TotalIsAtLeast = false)
{
    /// <summary>The count as readers see it: "1,000+" where counting stopped.</summary>
    public string TotalText => SearchResults.CountText(Total, TotalIsAtLeast);
}

public sealed record SearchResults(SearchQuery Query, EntityKind? Kind, IReadOnlyList<SearchGroup> Groups, string? DidYouMean)
{
    public int Total => Groups.Sum(g => g.Total);

    public bool TotalIsAtLeast => Groups.Any(g => g.TotalIsAtLeast);

    public string TotalText => CountText(Total, TotalIsAtLeast);

    internal static string CountText(int total, bool atLeast) => total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + (atLeast ? "+" : "");
}

/// <summary>
/// The site's search over the database's index (<see cref="ISearchStore"/>): ranked (quotes weigh most, then names), grouped by kind.
/// A moment whose quote matches comes first of all: that is the scene the reader remembers.
/// </summary>
public sealed class SiteSearch(KdramaDbContext db, NameVocabulary vocabulary, CatalogueMemo memo)
{
    public const int PageSize = 20;
    public const int GroupPreview = 5;

    /// <summary>
    /// How far each kind's matches are counted (see RankAsync): enough that every page a reader plausibly opens is
    /// counted exactly (50 pages); a kind with more shows "1,000+".
    /// </summary>
    public const int CountCap = 1000;

    /// <summary>
    /// How many of each kind's newest matches are ranked (quotes, names, then the rest): five pages of twenty. Ranking
    /// costs per entry ranked, so a very common word ranks its newest hundred; its later pages follow newest first.
    /// </summary>
    public const int RankCap = 100;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var query = await QueryAsync(request.Q, cancellationToken);
        var kind = SearchKinds.Parse(request.Kind);
        if (query.IsEmpty)
        {
            return new SearchResults(query, kind, [], null);
        }
        // One connection for the whole search: each command otherwise opens and closes its own, and every open of a
        // pooled SQLite connection re-registers EF's functions on it (about a twentieth of a search's time).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await SearchOpenAsync(query, request, kind, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<SearchResults> SearchOpenAsync(SearchQuery query, SearchRequest request, EntityKind? kind, CancellationToken cancellationToken)
    {
        var groups = new List<(SearchGroup Group, double Best)>();
        var size = kind is null ? GroupPreview : PageSize;
        foreach (var (hitKind, total, atLeast, ranked) in await RankAsync(query, request, kind, total => Page(request, kind, total) * size, cancellationToken))
        {
            var page = Page(request, kind, total);
            var pageCount = PageCount(total);
            var kindHits = ranked.Skip((page - 1) * size).Take(size).ToList();
            var described = await ResultDescriptions.DescribeAsync(db, memo, hitKind, kindHits.Select(h => h.EntityId).ToList(), query.Words.ToList(), cancellationToken);
            var items = kindHits.Where(h => described.ContainsKey(h.EntityId)).Select(h => described[h.EntityId]).ToList();
            groups.Add((new SearchGroup(hitKind, total, items, page, kind is null ? 1 : pageCount, atLeast), ranked.Count > 0 ? ranked[0].Rank : 0));
        }

        // A matching quote puts moments first; otherwise the group holding the best-ranked hit leads.
        var quoteFirst = groups.Any(g => g.Group.Kind == EntityKind.Moment && g.Group.Items.Count > 0 && g.Group.Items[0].Snippet is { Source: SnippetSource.Quote, Matched: true });
        var ordered = groups
            .OrderByDescending(g => quoteFirst && g.Group.Kind == EntityKind.Moment)
            .ThenBy(g => g.Best)
            .Select(g => g.Group)
            .ToList();
        var didYouMean = ordered.Sum(g => g.Total) == 0 ? await Suggestions.DidYouMeanAsync(db, vocabulary, query, cancellationToken) : null;
        return new SearchResults(query, kind, ordered, didYouMean);
    }

    /// <summary>Titles for suggestions under the search box: the best few of any kind.</summary>
    public async Task<IReadOnlyList<SearchResult>> SuggestAsync(string? q, int count, CancellationToken cancellationToken, EntityKind? kind = null)
    {
        var query = await QueryAsync(q, cancellationToken);
        if (query.IsEmpty)
        {
            return [];
        }
        var top = await db.SearchStore.Hits(db, query).Where(h => kind == null || h.Kind == (int)kind).OrderBy(h => h.Rank).ThenBy(h => h.Kind).ThenBy(h => h.EntityId).Take(count).ToListAsync(cancellationToken);
        var described = new Dictionary<(EntityKind, int), SearchResult>();
        foreach (var group in top.GroupBy(h => (EntityKind)h.Kind))
        {
            foreach (var (id, result) in await ResultDescriptions.DescribeAsync(db, memo, group.Key, group.Select(h => h.EntityId).ToList(), query.Words.ToList(), cancellationToken))
            {
                described[(group.Key, id)] = result;
            }
        }
        return top.Where(h => described.ContainsKey(((EntityKind)h.Kind, h.EntityId))).Select(h => described[((EntityKind)h.Kind, h.EntityId)]).ToList();
    }

    private static int PageCount(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>The page shown: the first for the preview of every kind, else the one asked for, within the kind's pages.</summary>
    private static int Page(SearchRequest request, EntityKind? kind, int total) => kind is null ? 1 : Paging.PageNumber(request.Page, total, PageSize);

    /// <summary>
    /// Per kind: how many entries match, up to <see cref="CountCap"/>, and its matches in the order shown, as many as
    /// <paramref name="shown"/> says the page needs for that count. Every read goes from the newest entry down and stops
    /// at a LIMIT, so no search counts more than about a thousand entries of a kind or ranks (bm25 reads each ranked
    /// entry's size and word positions) more than <see cref="RankCap"/>, at any catalogue size. Each kind is counted up to
    /// the cap from its own newest entity down, and its newest <see cref="RankCap"/> ranked, with the phrases' entries
    /// counted beforehand so ranking makes no pass of its own over the words' posting lists
    /// (<see cref="ISearchStore.CountAndRankEachKindAsync"/>: on SQLite in the counting reads themselves); a page past
    /// those lists the kind's next matches newest first.
    /// </summary>
    private async Task<List<(EntityKind Kind, int Total, bool AtLeast, List<SearchHit> Ranked)>> RankAsync(SearchQuery query, SearchRequest request, EntityKind? kind,
        Func<int, int> shown, CancellationToken cancellationToken)
    {
        if (HasFilters(request))
        {
            return await RankFilteredAsync(query, request, kind, cancellationToken);
        }
        var store = db.SearchStore;
        // What ranking would count at every search (each phrase's entries), counted by the first search after a save.
        var counted = await memo.GetAsync(new RankedWordsKey(query.Text), () => store.CountPhrasesAsync(db, query, cancellationToken));
        var (windows, top) = await store.CountAndRankEachKindAsync(db, counted, kind is null ? EntityKinds.Searchable.Order().ToList() : [kind.Value], CountCap, RankCap, cancellationToken);
        var kinds = new List<(EntityKind Kind, int Total, bool AtLeast, List<SearchHit> Ranked)>();
        foreach (var window in windows.OrderBy(w => w.Kind))
        {
            var total = Math.Min(window.Count, CountCap);
            var ranked = top.Where(h => h.Kind == (int)window.Kind).ToList();
            if (shown(total) > ranked.Count && total > ranked.Count)
            {
                // A page past the ranked matches: the kind's next ones, newest first.
                ranked.AddRange(await store.NewestBelowAsync(db, query, window.Kind, window.RankedLowest, Math.Min(shown(total), total) - ranked.Count, cancellationToken));
            }
            kinds.Add((window.Kind, total, window.Count > CountCap, ranked));
        }
        return kinds;
    }

    /// <summary>
    /// As <see cref="RankAsync"/>, for a search narrowed by trope, drama, year or facets: the filters compose onto the
    /// store's query, so each read ranks what it reads, and each kind past the cap in the first read is read again.
    /// </summary>
    private async Task<List<(EntityKind Kind, int Total, bool AtLeast, List<SearchHit> Ranked)>> RankFilteredAsync(SearchQuery query, SearchRequest request, EntityKind? kind, CancellationToken cancellationToken)
    {
        var newest = await FilteredNewestAsync(query, request, kind, long.MaxValue, cancellationToken);
        if (newest.Count <= CountCap)
        {
            return newest.GroupBy(h => h.Kind).OrderBy(g => g.Key).Select(g => ((EntityKind)g.Key, g.Count(), false, Ranked(g))).ToList();
        }
        var ranked = new List<(EntityKind, int, bool, List<SearchHit>)>();
        foreach (var candidateKind in kind is null ? EntityKinds.Searchable.Order().ToList() : [kind.Value])
        {
            var candidates = newest.Where(h => h.Kind == (int)candidateKind).ToList();
            if (candidates.Count <= CountCap && await NewestIdAsync(candidateKind, cancellationToken) is { } newestId)
            {
                candidates = await FilteredNewestAsync(query, request, candidateKind, SearchKinds.RowId(candidateKind, newestId), cancellationToken);
            }
            if (candidates.Count > 0)
            {
                ranked.Add((candidateKind, Math.Min(candidates.Count, CountCap), candidates.Count > CountCap, Ranked(candidates.Take(CountCap))));
            }
        }
        return ranked;
    }

    /// <summary>The newest filtered matches of a kind (or all) from a position down, one past the cap so a full read says there are more.</summary>
    private Task<List<SearchHit>> FilteredNewestAsync(SearchQuery query, SearchRequest request, EntityKind? kind, long fromPosition, CancellationToken cancellationToken)
    {
        var code = (int?)kind;
        return Filter(db.SearchStore.Hits(db, query), request)
            .Where(h => code == null || h.Kind == code)
            .Where(h => h.Position <= fromPosition).OrderByDescending(h => h.Position).Take(CountCap + 1).ToListAsync(cancellationToken);
    }

    private async Task<int?> NewestIdAsync(EntityKind kind, CancellationToken cancellationToken) => kind switch
    {
        EntityKind.Moment => await db.Moments.MaxAsync(x => (int?)x.Id, cancellationToken),
        EntityKind.Drama => await db.Dramas.MaxAsync(x => (int?)x.Id, cancellationToken),
        EntityKind.Actor => await db.Actors.MaxAsync(x => (int?)x.Id, cancellationToken),
        EntityKind.Character => await db.Characters.MaxAsync(x => (int?)x.Id, cancellationToken),
        EntityKind.Tag => await db.Tags.MaxAsync(x => (int?)x.Id, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind the search index holds"),
    };

    private static List<SearchHit> Ranked(IEnumerable<SearchHit> hits) => hits.OrderBy(h => h.Rank).ThenBy(h => h.EntityId).ToList();

    /// <summary>
    /// The ids of the newest <paramref name="count"/> moments a search's words match (nothing for empty words), narrowed
    /// by drama, year and facets as the search narrows them (<see cref="Filter"/>), newest first, as a query to count
    /// facets over: read from the newest entry down, it stops at its LIMIT as the search's counts do, however many
    /// moments match. Read with the query as the search read it (<see cref="SearchResults.Query"/>, its prefixes already
    /// as the store reads them).
    /// </summary>
    public IQueryable<int> NewestMatchingMoments(SearchResults results, string? drama, int? year, Facets.MomentFacets facets, int count)
    {
        if (results.Query.IsEmpty)
        {
            return db.Moments.Where(m => false).Select(m => m.Id);
        }
        var (first, last) = (SearchKinds.FirstRowId(EntityKind.Moment), SearchKinds.LastRowId(EntityKind.Moment));
        return Filter(db.SearchStore.Hits(db, results.Query).Where(h => h.Position >= first && h.Position <= last), new SearchRequest(null, Drama: drama, Year: year, Facets: facets))
            .OrderByDescending(h => h.Position).Take(count).Select(h => h.EntityId);
    }

    /// <summary>
    /// The typed words as every read of them asks the store (<see cref="ISearchStore.ExpandPrefixesAsync"/>): the
    /// results, suggestions and facet counts of the same words match the same entries the same way.
    /// The reading is kept per catalogue version (it reads the index's vocabulary, whose rows count each word's entries).
    /// </summary>
    private async Task<SearchQuery> QueryAsync(string? q, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(q);
        return query.IsEmpty ? query : await memo.GetAsync(new ReadWordsKey(query.Text), () => db.SearchStore.ExpandPrefixesAsync(db, query, cancellationToken));
    }

    /// <summary>The memo's key for the store's reading of the typed words (their cleaned text, which the words come from).</summary>
    private sealed record ReadWordsKey(string Text);

    /// <summary>The memo's key for the typed words as read and counted for ranking (<see cref="ISearchStore.CountPhrasesAsync"/>).</summary>
    private sealed record RankedWordsKey(string Text);

    private static bool HasFilters(SearchRequest request) =>
        Blank(request.Tag) is not null || Blank(request.Drama) is not null || request.Year is not null || request.Facets is { IsEmpty: false };

    private IQueryable<SearchHit> Filter(IQueryable<SearchHit> hits, SearchRequest request)
    {
        var (tag, drama, year) = (Blank(request.Tag), Blank(request.Drama), request.Year);
        // Trope, decade and episode facets are the moments' own (only moments carry tropes). Asked of each hit's moment
        // (its key), not as a list of every moment the facets leave: a read that stops at its count or page then looks at
        // the hits it reads only. A trope is asked of the join rows' index by the hit's key and the trope's id, without
        // reading the moment's row (moments' rows are wide: that read was most of a trope-filtered search's time).
        var facets = request.Facets ?? Facets.MomentFacets.None;
        var (tags, not) = (tag is null ? facets.Tags : [.. facets.Tags, tag], facets.Not.ToList());
        if (tags.Count > 0 || not.Count > 0)
        {
            hits = hits.Where(h => h.Kind == (int)EntityKind.Moment);
        }
        foreach (var slug in tags)
        {
            var rows = Facets.MomentFacets.RowsOf(db, slug);
            hits = hits.Where(h => rows.Any(r => EF.Property<int>(r, "MomentsId") == h.EntityId));
        }
        if (not.Count > 0)
        {
            var rows = Facets.MomentFacets.RowsOf(db, not);
            hits = hits.Where(h => !rows.Any(r => EF.Property<int>(r, "MomentsId") == h.EntityId));
        }
        if (facets.Decade is not null || facets.Episodes is not null)
        {
            var matching = (facets with { Tags = [], Not = [] }).Apply(db.Moments, db);
            hits = hits.Where(h => h.Kind == (int)EntityKind.Moment && matching.Any(m => m.Id == h.EntityId));
        }
        if (drama is not null)
        {
            hits = hits.Where(h =>
                (h.Kind == (int)EntityKind.Moment && db.Moments.Any(m => m.Id == h.EntityId && m.Drama.Slug == drama))
                || (h.Kind == (int)EntityKind.Drama && db.Dramas.Any(d => d.Id == h.EntityId && d.Slug == drama))
                || (h.Kind == (int)EntityKind.Character && db.Characters.Any(c => c.Id == h.EntityId && c.Drama.Slug == drama))
                || (h.Kind == (int)EntityKind.Actor && db.Characters.Any(c => c.ActorId == h.EntityId && c.Drama.Slug == drama)));
        }
        if (year is not null)
        {
            hits = hits.Where(h =>
                (h.Kind == (int)EntityKind.Moment && db.Moments.Any(m => m.Id == h.EntityId && m.Drama.Year == year))
                || (h.Kind == (int)EntityKind.Drama && db.Dramas.Any(d => d.Id == h.EntityId && d.Year == year))
                || (h.Kind == (int)EntityKind.Character && db.Characters.Any(c => c.Id == h.EntityId && c.Drama.Year == year))
                || (h.Kind == (int)EntityKind.Actor && db.Characters.Any(c => c.ActorId == h.EntityId && c.Drama.Year == year)));
        }
        return hits;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
