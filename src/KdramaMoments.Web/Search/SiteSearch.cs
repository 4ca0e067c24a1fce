using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Search;

/// <summary>What a reader asked: words, and optional narrowing by kind, trope, drama and year.</summary>
public sealed record SearchRequest(string? Q, string? Kind = null, string? Tag = null, string? Drama = null, int? Year = null, int? Page = null);

/// <summary>One found entity as lists show it, with the matching words marked.</summary>
public sealed record SearchResult(SearchKind Kind, string Slug, string Title, IReadOnlyList<TextRun> TitleRuns, string? Context, IReadOnlyList<TextRun>? Snippet)
{
    public string Href => Kind switch
    {
        SearchKind.Moment => "/moments/" + Slug,
        SearchKind.Drama => "/dramas/" + Slug,
        SearchKind.Actor => "/actors/" + Slug,
        SearchKind.Character => "/characters/" + Slug,
        _ => "/tags/" + Slug,
    };
}

public sealed record SearchGroup(SearchKind Kind, int Total, IReadOnlyList<SearchResult> Items, int Page, int PageCount);

public sealed record SearchResults(SearchQuery Query, SearchKind? Kind, IReadOnlyList<SearchGroup> Groups, string? DidYouMean)
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

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(request.Q);
        var kind = SearchKinds.Parse(request.Kind);
        if (query.IsEmpty)
        {
            return new SearchResults(query, kind, [], null);
        }
        // One pass over the index: every hit's kind, id and rank (a few bytes each, even for 100,000 hits);
        // counting and ranking per kind then happen in memory instead of re-running the match per kind.
        var hits = await Filter(db.SearchStore.Hits(db, query), request)
            .Where(h => kind == null || h.Kind == (int)kind)
            .ToListAsync(cancellationToken);

        var groups = new List<(SearchGroup Group, double Best)>();
        foreach (var kindGroup in hits.GroupBy(h => (SearchKind)h.Kind))
        {
            var total = kindGroup.Count();
            var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = kind is null ? 1 : Math.Clamp(request.Page ?? 1, 1, pageCount);
            var size = kind is null ? GroupPreview : PageSize;
            var kindHits = kindGroup.OrderBy(h => h.Rank).ThenBy(h => h.EntityId).Skip((page - 1) * size).Take(size).ToList();
            var described = await DescribeAsync(kindGroup.Key, kindHits.Select(h => h.EntityId).ToList(), query, cancellationToken);
            var items = kindHits.Where(h => described.ContainsKey(h.EntityId)).Select(h => described[h.EntityId]).ToList();
            groups.Add((new SearchGroup(kindGroup.Key, total, items, page, kind is null ? 1 : pageCount), kindGroup.Min(h => h.Rank)));
        }

        // A matching quote puts moments first; otherwise the group holding the best-ranked hit leads.
        var quoteFirst = groups.Any(g => g.Group.Kind == SearchKind.Moment && g.Group.Items.Count > 0 && g.Group.Items[0].Snippet is not null && g.Group.Items[0].Context == "quote");
        var ordered = groups
            .OrderByDescending(g => quoteFirst && g.Group.Kind == SearchKind.Moment)
            .ThenBy(g => g.Best)
            .Select(g => g.Group)
            .ToList();
        var didYouMean = ordered.Sum(g => g.Total) == 0 ? await Suggestions.DidYouMeanAsync(db, vocabulary, query, cancellationToken) : null;
        return new SearchResults(query, kind, ordered, didYouMean);
    }

    /// <summary>Titles for suggestions under the search box: the best few of any kind.</summary>
    public async Task<IReadOnlyList<SearchResult>> SuggestAsync(string? q, int count, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(q);
        if (query.IsEmpty)
        {
            return [];
        }
        var top = await db.SearchStore.Hits(db, query).OrderBy(h => h.Rank).ThenBy(h => h.Kind).ThenBy(h => h.EntityId).Take(count).ToListAsync(cancellationToken);
        var described = new Dictionary<(SearchKind, int), SearchResult>();
        foreach (var group in top.GroupBy(h => (SearchKind)h.Kind))
        {
            foreach (var (id, result) in await DescribeAsync(group.Key, group.Select(h => h.EntityId).ToList(), query, cancellationToken))
            {
                described[(group.Key, id)] = result;
            }
        }
        return top.Where(h => described.ContainsKey(((SearchKind)h.Kind, h.EntityId))).Select(h => described[((SearchKind)h.Kind, h.EntityId)]).ToList();
    }

    private IQueryable<SearchHit> Filter(IQueryable<SearchHit> hits, SearchRequest request)
    {
        var (tag, drama, year) = (Blank(request.Tag), Blank(request.Drama), request.Year);
        if (tag is not null)
        {
            // Only moments carry tropes.
            hits = hits.Where(h => h.Kind == (int)SearchKind.Moment && db.Moments.Any(m => m.Id == h.EntityId && m.Tags.Any(t => t.Slug == tag)));
        }
        if (drama is not null)
        {
            hits = hits.Where(h =>
                (h.Kind == (int)SearchKind.Moment && db.Moments.Any(m => m.Id == h.EntityId && m.Drama.Slug == drama))
                || (h.Kind == (int)SearchKind.Drama && db.Dramas.Any(d => d.Id == h.EntityId && d.Slug == drama))
                || (h.Kind == (int)SearchKind.Character && db.Characters.Any(c => c.Id == h.EntityId && c.Drama.Slug == drama))
                || (h.Kind == (int)SearchKind.Actor && db.Characters.Any(c => c.ActorId == h.EntityId && c.Drama.Slug == drama)));
        }
        if (year is not null)
        {
            hits = hits.Where(h =>
                (h.Kind == (int)SearchKind.Moment && db.Moments.Any(m => m.Id == h.EntityId && m.Drama.Year == year))
                || (h.Kind == (int)SearchKind.Drama && db.Dramas.Any(d => d.Id == h.EntityId && d.Year == year))
                || (h.Kind == (int)SearchKind.Character && db.Characters.Any(c => c.Id == h.EntityId && c.Drama.Year == year))
                || (h.Kind == (int)SearchKind.Actor && db.Characters.Any(c => c.ActorId == h.EntityId && c.Drama.Year == year)));
        }
        return hits;
    }

    /// <summary>Loads what each hit shows, by entity id.</summary>
    private async Task<Dictionary<int, SearchResult>> DescribeAsync(SearchKind kind, List<int> ids, SearchQuery query, CancellationToken cancellationToken)
    {
        var words = query.Words.ToList();
        var results = kind switch
        {
            SearchKind.Moment => (await db.Moments.AsNoTracking().Where(m => ids.Contains(m.Id))
                    .Select(m => new { m.Id, m.Slug, m.Title, Drama = m.Drama.Title, m.Drama.Year, m.Description, Quotes = m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).ToList() })
                    .AsSplitQuery().ToListAsync(cancellationToken))
                .Select(m =>
                {
                    var quote = m.Quotes.Where(q => Highlight.Contains(q, words)).OrderByDescending(q => Highlight.MatchCount(q, words)).FirstOrDefault();
                    var (source, snippet) = quote is not null ? ("quote", quote)
                        : Highlight.Contains(m.Description, words) ? ("description", m.Description!)
                        : ("drama", (string?)null);
                    return (m.Id, Result: new SearchResult(kind, m.Slug, m.Title, Highlight.Mark(m.Title, words),
                        source == "drama" ? m.Drama + (m.Year is null ? "" : $" ({m.Year})") : source,
                        snippet is null ? null : Highlight.Mark(snippet, words, maxWords: 18)));
                }).ToList(),
            SearchKind.Drama => (await db.Dramas.AsNoTracking().Where(d => ids.Contains(d.Id))
                    .Select(d => new { d.Id, d.Slug, d.Title, d.Year, Aliases = d.Aliases.Select(a => a.Name).ToList() }).ToListAsync(cancellationToken))
                .Select(d => (d.Id, Result: new SearchResult(kind, d.Slug, d.Title, Highlight.Mark(d.Title, words), d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    d.Aliases.FirstOrDefault(a => Highlight.Contains(a, words) && !Highlight.Contains(d.Title, words)) is { } alias ? Highlight.Mark("also " + alias, words) : null))).ToList(),
            SearchKind.Actor => (await db.Actors.AsNoTracking().Where(a => ids.Contains(a.Id))
                    .Select(a => new { a.Id, a.Slug, a.Name, Aliases = a.Aliases.Select(x => x.Name).ToList(), Roles = a.Characters.Count }).ToListAsync(cancellationToken))
                .Select(a => (a.Id, Result: new SearchResult(kind, a.Slug, a.Name, Highlight.Mark(a.Name, words), $"{a.Roles} {(a.Roles == 1 ? "role" : "roles")}",
                    a.Aliases.FirstOrDefault(x => Highlight.Contains(x, words) && !Highlight.Contains(a.Name, words)) is { } alias ? Highlight.Mark("also " + alias, words) : null))).ToList(),
            SearchKind.Character => (await db.Characters.AsNoTracking().Where(c => ids.Contains(c.Id))
                    .Select(c => new { c.Id, c.Slug, c.Name, Drama = c.Drama.Title, Actor = c.Actor == null ? null : c.Actor.Name, Aliases = c.Aliases.Select(x => x.Name).ToList() }).ToListAsync(cancellationToken))
                .Select(c => (c.Id, Result: new SearchResult(kind, c.Slug, c.Name, Highlight.Mark(c.Name, words), c.Drama + (c.Actor is null ? "" : $", played by {c.Actor}"),
                    c.Aliases.FirstOrDefault(x => Highlight.Contains(x, words) && !Highlight.Contains(c.Name, words)) is { } alias ? Highlight.Mark("also " + alias, words) : null))).ToList(),
            _ => (await db.Tags.AsNoTracking().Where(t => ids.Contains(t.Id))
                    .Select(t => new { t.Id, t.Slug, t.Name, Moments = t.Moments.Count }).ToListAsync(cancellationToken))
                .Select(t => (t.Id, Result: new SearchResult(kind, t.Slug, t.Name, Highlight.Mark(t.Name, words), $"{t.Moments} {(t.Moments == 1 ? "moment" : "moments")}", null))).ToList(),
        };
        return results.ToDictionary(r => r.Id, r => r.Result);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
