using KdramaMoments.Web.Data;

namespace KdramaMoments.Web.Editing;

/// <summary>
/// An entity's editable state as revisions store it, and what undo needs to put it back:
/// compare, write onto the entity, load it, recreate it after a deletion, and say why it may not be removed.
/// </summary>
public interface IEditSnapshot<TSelf, TEntity>
    where TSelf : class, IEditSnapshot<TSelf, TEntity>
    where TEntity : class
{
    static abstract Domain.EntityKind Kind { get; }

    static abstract int IdOf(TEntity entity);

    string Title { get; }

    bool SameAs(TSelf? other);

    Task ApplyToAsync(KdramaDbContext db, TEntity entity, CancellationToken cancellationToken);

    static abstract TSelf Capture(TEntity entity);

    /// <summary>The tracked entity with what its snapshot covers loaded, or null.</summary>
    static abstract Task<TEntity?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken);

    /// <summary>A new entity with this id, for undoing a deletion (its fields then come from ApplyToAsync).</summary>
    TEntity Recreate(int id);

    /// <summary>Why undoing the entity's creation may not delete it now, or null when it may.</summary>
    static abstract Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken);
}
