using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Search;

/// <summary>How search speaks of the kinds it indexes (<see cref="EntityKinds.Searchable"/>): entry keys, result addresses, the reader's words.</summary>
public static class SearchKinds
{
    /// <summary>An entry's key: the kind's number must never change (see <see cref="EntityKind"/>).</summary>
    public static long RowId(EntityKind kind, int id) => ((long)id * 8) + (int)kind;

    /// <summary>The table holding the entities of a kind (the same name on both databases), for reads that bound a kind's entries by its newest id.</summary>
    public static string Table(EntityKind kind) => kind switch
    {
        EntityKind.Moment => "Moments",
        EntityKind.Drama => "Dramas",
        EntityKind.Actor => "Actors",
        EntityKind.Character => "Characters",
        EntityKind.Tag => "Tags",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind the search index holds"),
    };

    /// <summary>The public page of an entity of this kind.</summary>
    public static string Href(EntityKind kind, string slug) => kind switch
    {
        EntityKind.Moment => "/moments/" + slug,
        EntityKind.Drama => "/dramas/" + slug,
        EntityKind.Actor => "/actors/" + slug,
        EntityKind.Character => "/characters/" + slug,
        _ => "/tags/" + slug,
    };

    public static EntityKind? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "moment" or "moments" => EntityKind.Moment,
        "drama" or "dramas" => EntityKind.Drama,
        "actor" or "actors" => EntityKind.Actor,
        "character" or "characters" => EntityKind.Character,
        "tag" or "tags" or "trope" or "tropes" => EntityKind.Tag,
        _ => null,
    };
}
