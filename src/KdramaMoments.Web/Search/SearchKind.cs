namespace KdramaMoments.Web.Search;

/// <summary>What a search entry points at. The code is part of the entry's rowid (id × 8 + code), so it must never change.</summary>
public enum SearchKind
{
    Moment = 1,
    Drama = 2,
    Actor = 3,
    Character = 4,
    Tag = 5,
}

public static class SearchKinds
{
    public static long RowId(SearchKind kind, int id) => ((long)id * 8) + (int)kind;

    public static string Name(this SearchKind kind) => kind switch
    {
        SearchKind.Moment => "moment",
        SearchKind.Drama => "drama",
        SearchKind.Actor => "actor",
        SearchKind.Character => "character",
        _ => "tag",
    };

    /// <summary>The public page of an entity of this kind.</summary>
    public static string Href(SearchKind kind, string slug) => kind switch
    {
        SearchKind.Moment => "/moments/" + slug,
        SearchKind.Drama => "/dramas/" + slug,
        SearchKind.Actor => "/actors/" + slug,
        SearchKind.Character => "/characters/" + slug,
        _ => "/tags/" + slug,
    };

    public static SearchKind? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "moment" or "moments" => SearchKind.Moment,
        "drama" or "dramas" => SearchKind.Drama,
        "actor" or "actors" => SearchKind.Actor,
        "character" or "characters" => SearchKind.Character,
        "tag" or "tags" or "trope" or "tropes" => SearchKind.Tag,
        _ => null,
    };
}
