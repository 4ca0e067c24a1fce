namespace KdramaMoments.Web.Domain;

/// <summary>
/// What a catalogue row is, in every place that asks: revisions and undo, redirects and addresses, merges, the
/// importer's slug choice, search entries. The numbers of the searchable kinds are part of a search entry's key
/// (kind × 2³² + id), so they must never change; the stored names are <see cref="EntityKinds.Name"/>.
/// </summary>
public enum EntityKind
{
    Moment = 1,
    Drama = 2,
    Actor = 3,
    Character = 4,
    Tag = 5,
    Article = 6,
    Source = 7,
    Redirect = 8,
    Pairing = 9,
    List = 10,
}

public static class EntityKinds
{
    /// <summary>The kinds with an entry in the search index.</summary>
    public static readonly IReadOnlyList<EntityKind> Searchable = [EntityKind.Moment, EntityKind.Drama, EntityKind.Actor, EntityKind.Character, EntityKind.Tag];

    /// <summary>
    /// The name revisions and redirects store (their <c>EntityType</c>) and the editors' addresses show
    /// (<c>/admin/history/drama/1</c>): the kind in lower case.
    /// </summary>
    public static string Name(this EntityKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The kind a stored name says, or null for a name no kind has.</summary>
    public static EntityKind? FromName(string? name) =>
        Enum.GetValues<EntityKind>().Select(k => (EntityKind?)k).FirstOrDefault(k => k!.Value.Name() == name);
}
