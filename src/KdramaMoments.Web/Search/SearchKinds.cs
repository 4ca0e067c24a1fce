using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KdramaMoments.Web.Search;

/// <summary>How search speaks of the kinds it indexes (<see cref="EntityKinds.Searchable"/>): entry keys, result addresses, the reader's words.</summary>
public static class SearchKinds
{
    /// <summary>
    /// An entry's key: kind × 2³² + id, so each kind's entries are one range of keys, newest (highest id) at its top: a
    /// read of one kind's newest matches seeks to its range and never walks the entries of another kind. The kind's
    /// number must never change (see <see cref="EntityKind"/>).
    /// </summary>
    public static long RowId(EntityKind kind, int id) => ((long)kind << KindShift) + id;

    /// <summary>The lowest key a kind's entries can have.</summary>
    public static long FirstRowId(EntityKind kind) => RowId(kind, 0);

    /// <summary>The highest key a kind's entries can have.</summary>
    public static long LastRowId(EntityKind kind) => RowId(kind, int.MaxValue);

    /// <summary>The kind of the entry with this key.</summary>
    public static int KindOf(long rowId) => (int)(rowId >> KindShift);

    /// <summary>The entity id of the entry with this key.</summary>
    public static int IdOf(long rowId) => (int)(rowId & IdMask);

    /// <summary>The kind of a key as SQL (both stores' SQL): <paramref name="key"/> is a column or expression.</summary>
    public static string KindSql(string key) => FormattableString.Invariant($"({key} >> {KindShift})");

    /// <summary>The entity id of a key as SQL.</summary>
    public static string IdSql(string key) => FormattableString.Invariant($"({key} & {IdMask})");

    private const int KindShift = 32;
    private const long IdMask = 0xFFFFFFFFL;

    /// <summary>The entity type holding the entities of a kind (its table, and anything else about it, is the model's).</summary>
    public static Type EntityType(EntityKind kind) => kind switch
    {
        EntityKind.Moment => typeof(Moment),
        EntityKind.Drama => typeof(Drama),
        EntityKind.Actor => typeof(Actor),
        EntityKind.Character => typeof(Character),
        EntityKind.Tag => typeof(Tag),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind the search index holds"),
    };

    /// <summary>
    /// The table of a kind's entities and its key column as the model maps them, for reads that bound a kind's entries
    /// by its newest id.
    /// </summary>
    public static (string Table, string Id) Storage(IModel model, EntityKind kind)
    {
        var entity = model.FindEntityType(EntityType(kind)) ?? throw new InvalidOperationException($"The model has no entity for {kind}.");
        // The mappings, not the annotations: a compiled model keeps the relational mappings.
        var key = entity.FindPrimaryKey()!.Properties.Single().GetTableColumnMappings().Single();
        return (key.TableMapping.Table.Name, key.Column.Name);
    }

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
