using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
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

public sealed record SearchGroup(EntityKind Kind, int Total, IReadOnlyList<SearchResult> Items, int Page, int PageCount);

public sealed record SearchResults(SearchQuery Query, EntityKind? Kind, IReadOnlyList<SearchGroup> Groups, string? DidYouMean)
{
    public int Total => Groups.Sum(g => g.Total);
}

/// <summary>
/// The site's search over the database's index (<see cref="ISearchStore"/>): ranked (quotes weigh most, then names), grouped by kind.
/// A moment whose quote matches comes first of all: that is the scene the reader remembers.
/// </summary>
public sealed class SiteSearch(KdramaDbContext db, NameVocabulary vocabulary)
{
    public const int PageSize = 20;
    public const int GroupPreview = 5;

    // Enough that every page a reader plausibly opens is ranked exactly; beyond it, ranking is bounded (see RankAsync).
    private const int RankedCandidates = 1000;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(request.Q);
        var kind = SearchKinds.Parse(request.Kind);
        if (query.IsEmpty)
        {
            return new SearchResults(query, kind, [], null);
        }
        var groups = new List<(SearchGroup Group, double Best)>();
        foreach (var (hitKind, total, ranked) in await RankAsync(query, request, kind, cancellationToken))
        {
            var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = kind is null ? 1 : Math.Clamp(request.Page ?? 1, 1, pageCount);
            var size = kind is null ? GroupPreview : PageSize;
            var kindHits = ranked.Skip((page - 1) * size).Take(size).ToList();
            var described = await ResultDescriptions.DescribeAsync(db, hitKind, kindHits.Select(h => h.EntityId).ToList(), query.Words.ToList(), cancellationToken);
            var items = kindHits.Where(h => described.ContainsKey(h.EntityId)).Select(h => described[h.EntityId]).ToList();
            groups.Add((new SearchGroup(hitKind, total, items, page, kind is null ? 1 : pageCount), ranked.Count > 0 ? ranked[0].Rank : 0));
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
        var query = SearchQuery.Parse(q);
        if (query.IsEmpty)
        {
            return [];
        }
        var top = await db.SearchStore.Hits(db, query).Where(h => kind == null || h.Kind == (int)kind).OrderBy(h => h.Rank).ThenBy(h => h.Kind).ThenBy(h => h.EntityId).Take(count).ToListAsync(cancellationToken);
        var described = new Dictionary<(EntityKind, int), SearchResult>();
        foreach (var group in top.GroupBy(h => (EntityKind)h.Kind))
        {
            foreach (var (id, result) in await ResultDescriptions.DescribeAsync(db, group.Key, group.Select(h => h.EntityId).ToList(), query.Words.ToList(), cancellationToken))
            {
                described[(group.Key, id)] = result;
            }
        }
        return top.Where(h => described.ContainsKey(((EntityKind)h.Kind, h.EntityId))).Select(h => described[((EntityKind)h.Kind, h.EntityId)]).ToList();
    }

    /// <summary>
    /// Per kind: how many entries match, and the matches in rank order as far as a page can reach. Ranking costs
    /// a lookup of each entry's size (bm25), so a kind with more than <see cref="RankedCandidates"/> matches (a very
    /// common word: "a", "love") ranks only its newest entries, read from the index in rowid order and cut off by
    /// LIMIT, and the work stays bounded at any catalogue size; a page deeper than that widens the window to reach it.
    /// Most searches match fewer entries than that in all: the first read, the newest matches cut one past the bound,
    /// is then every match, and gives the counts and the ranking in one command.
    /// </summary>
    private async Task<List<(EntityKind Kind, int Total, List<SearchHit> Ranked)>> RankAsync(SearchQuery query, SearchRequest request, EntityKind? kind, CancellationToken cancellationToken)
    {
        var matching = Filter(db.SearchStore.Hits(db, query), request).Where(h => kind == null || h.Kind == (int)kind);
        var newest = await matching.OrderByDescending(h => h.Position).Take(RankedCandidates + 1).ToListAsync(cancellationToken);
        if (newest.Count <= RankedCandidates)
        {
            return newest.GroupBy(h => h.Kind).OrderBy(g => g.Key).Select(g => ((EntityKind)g.Key, g.Count(), Ranked(g))).ToList();
        }
        var totals = await matching.GroupBy(h => h.Kind).Select(g => new { Kind = g.Key, Total = g.Count(), Newest = g.Max(h => h.Position) }).OrderBy(t => t.Kind).ToListAsync(cancellationToken);
        var ranked = new List<(EntityKind, int, List<SearchHit>)>();
        foreach (var total in totals)
        {
            var lastPage = (total.Total + PageSize - 1) / PageSize;
            var reach = Math.Min(total.Total, Math.Max(RankedCandidates, (kind is null ? 1 : Math.Clamp(request.Page ?? 1, 1, lastPage)) * PageSize));
            // The first read holds each kind's newest matches down to its oldest row; a kind found there often enough needs no read of its own.
            var candidates = newest.Where(h => h.Kind == total.Kind).Take(reach).ToList();
            if (candidates.Count < reach)
            {
                // Starting at the kind's newest match skips the newer entries of other kinds (moments outnumber dramas and actors).
                candidates = await matching.Where(h => h.Kind == total.Kind && h.Position <= total.Newest).OrderByDescending(h => h.Position).Take(reach).ToListAsync(cancellationToken);
            }
            ranked.Add(((EntityKind)total.Kind, total.Total, Ranked(candidates)));
        }
        return ranked;
    }

    private static List<SearchHit> Ranked(IEnumerable<SearchHit> hits) => hits.OrderBy(h => h.Rank).ThenBy(h => h.EntityId).ToList();

    /// <summary>The moments the words match, as a query to count facets over (nothing for empty words).</summary>
    public IQueryable<Domain.Moment> MatchingMoments(string? q)
    {
        var query = SearchQuery.Parse(q);
        if (query.IsEmpty)
        {
            return db.Moments.Where(m => false);
        }
        var ids = db.SearchStore.Hits(db, query).Where(h => h.Kind == (int)EntityKind.Moment).Select(h => h.EntityId);
        return db.Moments.Where(m => ids.Contains(m.Id));
    }

    private IQueryable<SearchHit> Filter(IQueryable<SearchHit> hits, SearchRequest request)
    {
        var (tag, drama, year) = (Blank(request.Tag), Blank(request.Drama), request.Year);
        if (tag is not null)
        {
            // Only moments carry tropes.
            hits = hits.Where(h => h.Kind == (int)EntityKind.Moment && db.Moments.Any(m => m.Id == h.EntityId && m.Tags.Any(t => t.Slug == tag)));
        }
        if (request.Facets is { IsEmpty: false } facets)
        {
            // Trope, decade and episode facets are the moments' own.
            var matching = facets.Apply(db.Moments).Select(m => m.Id);
            hits = hits.Where(h => h.Kind == (int)EntityKind.Moment && matching.Contains(h.EntityId));
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
