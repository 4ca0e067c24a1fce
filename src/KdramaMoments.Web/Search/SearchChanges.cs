using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KdramaMoments.Web.Search;

/// <summary>
/// Which search entries a save makes stale, read from the change tracker before the save.
/// Ids of added rows are only known afterwards, so entries are kept and read by <see cref="Resolve"/>.
/// Deletes cascade in the database, past the change tracker: their dependants are looked up first.
/// </summary>
public sealed class SearchChanges
{
    private readonly List<(EntityKind Kind, EntityEntry Entry, string Property)> pending = [];

    public HashSet<int> Moments { get; } = [];
    public HashSet<int> Dramas { get; } = [];
    public HashSet<int> Actors { get; } = [];
    public HashSet<int> Characters { get; } = [];
    public HashSet<int> Tags { get; } = [];

    public bool IsEmpty => pending.Count == 0 && Moments.Count + Dramas.Count + Actors.Count + Characters.Count + Tags.Count == 0;

    public static async Task<SearchChanges> CollectAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var changes = new SearchChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (entry.Entity)
            {
                case Moment: changes.Track(EntityKind.Moment, entry, nameof(Moment.Id)); break;
                case Quote: changes.Track(EntityKind.Moment, entry, nameof(Quote.MomentId)); break;
                case Drama: changes.Track(EntityKind.Drama, entry, nameof(Drama.Id)); break;
                case DramaAlias: changes.Track(EntityKind.Drama, entry, nameof(DramaAlias.DramaId)); break;
                case Actor: changes.Track(EntityKind.Actor, entry, nameof(Actor.Id)); break;
                case ActorAlias: changes.Track(EntityKind.Actor, entry, nameof(ActorAlias.ActorId)); break;
                case Character: changes.Track(EntityKind.Character, entry, nameof(Character.Id)); break;
                case CharacterAlias: changes.Track(EntityKind.Character, entry, nameof(CharacterAlias.CharacterId)); break;
                case Tag: changes.Track(EntityKind.Tag, entry, nameof(Tag.Id)); break;
                // The many-to-many join rows (MomentCharacters, MomentTags) name the moment as "MomentsId".
                case Dictionary<string, object> when entry.Metadata.FindProperty("MomentsId") is not null:
                    changes.Track(EntityKind.Moment, entry, "MomentsId"); break;
                default: break;
            }
            if (entry.State == EntityState.Deleted)
            {
                await changes.AddCascadedAsync(db, entry.Entity, cancellationToken);
            }
        }
        return changes;
    }

    /// <summary>Reads the ids of rows that were added by the save just made.</summary>
    public SearchChanges Resolve()
    {
        foreach (var (kind, entry, property) in pending)
        {
            if (entry.Property(property).CurrentValue is int id)
            {
                Set(kind).Add(id);
            }
        }
        pending.Clear();
        return this;
    }

    private void Track(EntityKind kind, EntityEntry entry, string property)
    {
        if (entry.State == EntityState.Added)
        {
            pending.Add((kind, entry, property));
        }
        else if (entry.Property(property).CurrentValue is int id)
        {
            Set(kind).Add(id);
            // A moved alias or quote also makes its former owner stale.
            if (entry.Property(property).OriginalValue is int before && before != id)
            {
                Set(kind).Add(before);
            }
        }
    }

    private async Task AddCascadedAsync(KdramaDbContext db, object deleted, CancellationToken cancellationToken)
    {
        switch (deleted)
        {
            case Drama drama:
                Moments.UnionWith(await db.Moments.Where(m => m.DramaId == drama.Id).Select(m => m.Id).ToListAsync(cancellationToken));
                Characters.UnionWith(await db.Characters.Where(c => c.DramaId == drama.Id).Select(c => c.Id).ToListAsync(cancellationToken));
                break;
            case Actor actor:
                Characters.UnionWith(await db.Characters.Where(c => c.ActorId == actor.Id).Select(c => c.Id).ToListAsync(cancellationToken));
                break;
            case Character character:
                Moments.UnionWith(await db.Moments.Where(m => m.Characters.Any(c => c.Id == character.Id)).Select(m => m.Id).ToListAsync(cancellationToken));
                break;
            case Tag tag:
                Moments.UnionWith(await db.Moments.Where(m => m.Tags.Any(t => t.Id == tag.Id)).Select(m => m.Id).ToListAsync(cancellationToken));
                break;
            default:
                break;
        }
    }

    private HashSet<int> Set(EntityKind kind) => kind switch
    {
        EntityKind.Moment => Moments,
        EntityKind.Drama => Dramas,
        EntityKind.Actor => Actors,
        EntityKind.Character => Characters,
        _ => Tags,
    };
}
