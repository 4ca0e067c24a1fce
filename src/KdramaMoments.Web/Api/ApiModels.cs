using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;

namespace KdramaMoments.Web.Api;

/// <summary>One page of a list; <c>next</c>/<c>previous</c> are ready-made addresses (null at the ends).</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, int TotalPages, string? Next, string? Previous);

public sealed record NameRef(string Slug, string Name);

public sealed record DramaListItem(string Slug, string Title, int? Year, int Moments, int Lists);

public sealed record DramaDetail(int Id, string Slug, string Title, IReadOnlyList<string> Aliases, int? Year, string? HangulTitle, string? Synopsis,
    int Lists, IReadOnlyList<CastMember> Cast, IReadOnlyList<MomentListItem> Moments, IReadOnlyList<NameRef> Articles);

public sealed record CastMember(NameRef Character, NameRef? Actor);

/// <summary>
/// <c>roleCount</c>: all of the actor's roles. <c>roles</c>: the first 50 of them (by drama title), as the actor's page
/// lists them; all of them are paged by <c>/api/actors/{slug}/roles</c>. <c>momentCount</c>: all of the actor's moments.
/// <c>moments</c>: the first 50 of them (by drama title, then episode), as the actor's page lists them; all of them are
/// paged by <c>/api/moments?actor={slug}</c>. <c>coStars</c>: the co-stars sharing most dramas with the actor (at most
/// 24, by name), as the actor's page lists them.
/// </summary>
public sealed record ActorDetail(int Id, string Slug, string Name, IReadOnlyList<string> Aliases, string? HangulName,
    IReadOnlyList<ActorRole> Roles, int RoleCount, int MomentCount, IReadOnlyList<MomentListItem> Moments, IReadOnlyList<CoStar> CoStars);

public sealed record ActorRole(NameRef Character, NameRef Drama, int? Year);

public sealed record CoStar(NameRef Actor, IReadOnlyList<NameRef> Dramas);

/// <summary>A page of moments and, for the same filters, how many moments each facet value would leave.</summary>
public sealed record MomentPage(IReadOnlyList<MomentListItem> Items, int Page, int PageSize, int Total, int TotalPages, string? Next, string? Previous, Facets.FacetCounts Facets);

public sealed record MomentListItem(string Slug, string Title, NameRef Drama, int? Year, int? Episode, int Lists, IReadOnlyList<string> Tags);

public sealed record MomentDetail(int Id, string Slug, string Title, NameRef Drama, int? Episode, string? Description, IReadOnlyList<string> Quotes,
    IReadOnlyList<CastMember> Characters, IReadOnlyList<NameRef> Tags, IReadOnlyList<MomentSource> Sources);

/// <summary>Where the moment was named: <c>position</c> is the 1-based order in the article; <c>rank</c> the number its author printed.</summary>
public sealed record MomentSource(string Article, string ArticleSlug, string File, int Position, int? Rank, string Excerpt);

/// <summary><c>totalIsAtLeast</c>: more match than <c>total</c> says; each kind is counted up to 1,000 (its group says so too).</summary>
public sealed record SearchAnswer(string Query, int Total, bool TotalIsAtLeast, IReadOnlyList<SearchAnswerGroup> Groups, string? DidYouMean);

/// <summary><c>totalIsAtLeast</c>: more than 1,000 of this kind match; the newest thousand are ranked, 50 pages.</summary>
public sealed record SearchAnswerGroup(string Kind, int Total, bool TotalIsAtLeast, int Page, int TotalPages, IReadOnlyList<SearchAnswerItem> Items);

/// <summary>
/// <c>context</c> says what the hit is (a moment's drama, year and couple; an actor's best-known roles; a drama's year and
/// moments); <c>snippet</c> is the quote, sentence or other name that matched, and <c>snippetFrom</c> says which.
/// </summary>
public sealed record SearchAnswerItem(string Kind, string Slug, string Title, string Url, string? Context, string? Snippet, string? SnippetFrom)
{
    public static SearchAnswerItem From(SearchResult result, bool withSnippet = true) => new(
        result.Kind.Name(), result.Slug, result.Title, result.Href, result.ContextText,
        withSnippet ? result.Snippet?.Text : null,
        withSnippet ? result.Snippet?.Source switch
        {
            SnippetSource.Quote => "quote",
            SnippetSource.Description => "description",
            SnippetSource.OtherName => "otherName",
            _ => null,
        } : null);
}
