using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KdramaMoments.Web.Data;

/// <summary>A save about to write catalogue rows: its context, and the kinds of entity it adds, changes or removes.</summary>
public sealed record CatalogueChange(KdramaDbContext Db, IReadOnlySet<EntityKind> Kinds)
{
    /// <summary>The kinds of catalogue entity the tracker's pending changes touch: none for revisions, accounts and keys, which pages do not show.</summary>
    public static HashSet<EntityKind> KindsIn(ChangeTracker tracker) =>
        tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(KindOf)
            .OfType<EntityKind>()
            .ToHashSet();

    private static EntityKind? KindOf(EntityEntry entry) => entry.Entity switch
    {
        Moment or Quote => EntityKind.Moment,
        Drama or DramaAlias => EntityKind.Drama,
        Actor or ActorAlias => EntityKind.Actor,
        Character or CharacterAlias => EntityKind.Character,
        Tag => EntityKind.Tag,
        Article => EntityKind.Article,
        Source => EntityKind.Source,
        SlugRedirect => EntityKind.Redirect,
        PairingCorrection => EntityKind.Pairing,
        CuratedList or CuratedListItem => EntityKind.List,
        // The many-to-many join rows (MomentCharacters, MomentTags) are a moment's characters and tropes.
        _ when entry.Metadata.IsPropertyBag => EntityKind.Moment,
        _ => null,
    };
}

/// <summary>
/// Work a catalogue save does in its own transaction, registered by the part that needs it: the search index kept
/// true to the rows, other processes told of the change. Nothing in <c>Data/</c> knows who they are.
/// </summary>
public interface ICatalogueSaveStep
{
    /// <summary>
    /// Called before the rows are written, while the change tracker still shows what is removed; returns what to run
    /// once they are (in the same transaction, before it commits), or null when this save needs nothing.
    /// </summary>
    Task<Func<CancellationToken, Task>?> PrepareAsync(CatalogueChange change, CancellationToken cancellationToken);
}

/// <summary>
/// Something an instance keeps computed from the catalogue (cached pages, did-you-mean words, list orders), forgotten
/// whenever the catalogue changes: here (at the save, and again at its commit) or in another process
/// (<see cref="CatalogueChangeWatch"/>).
/// </summary>
public interface ICatalogueCache
{
    ValueTask EvictAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Work every start does once the database is migrated, under the start-up lock, registered by the part it belongs
/// to: index a catalogue that has no index, import the seeds into an empty catalogue. Run in registration order.
/// </summary>
public interface IStartupStep
{
    /// <summary>Runs on the start's context; <paramref name="seed"/> says whether this start may import the seeds (web instances may leave that to a <c>migrate</c> step).</summary>
    Task RunAsync(KdramaDbContext db, bool seed, CancellationToken cancellationToken);
}

/// <summary>Tells other processes on the database of a catalogue save, inside its transaction (see <see cref="KdramaDbContext.AnnounceCatalogueChangeAsync"/>).</summary>
internal sealed class CatalogueChangeAnnouncement : ICatalogueSaveStep
{
    public Task<Func<CancellationToken, Task>?> PrepareAsync(CatalogueChange change, CancellationToken cancellationToken) =>
        Task.FromResult<Func<CancellationToken, Task>?>(change.Db.AnnounceCatalogueChangeAsync);
}
