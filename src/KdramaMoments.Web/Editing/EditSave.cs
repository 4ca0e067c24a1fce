using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>
/// What the editors' create, edit and delete pages share once a form is valid: one transaction, a version check
/// against the form (a stale form saves nothing and shows the other editor's version), the revision with the
/// state before and after.
/// </summary>
public static class EditSave
{
    public abstract record Outcome<TSnapshot>
    {
        public sealed record Saved(int Id) : Outcome<TSnapshot>;

        /// <summary>Another editor saved first: their version, and the version number a knowing save must carry.</summary>
        public sealed record Stale(TSnapshot Theirs, long Version) : Outcome<TSnapshot>;

        public sealed record Missing : Outcome<TSnapshot>;
    }

    /// <summary>
    /// Creates (no id, <c>create</c> makes the entity) or edits the entity, checked against the version the form was
    /// read at; <c>wanted</c> gives the state to save from the tracked entity and its state before (null when new).
    /// </summary>
    public static async Task<Outcome<TSnapshot>> SaveAsync<TSnapshot, TEntity>(KdramaDbContext db, int? id, long version, Func<TEntity> create,
        Func<TEntity, TSnapshot?, Task<TSnapshot>> wanted, string author, CancellationToken cancellationToken)
        where TSnapshot : class, IEditSnapshot<TSnapshot, TEntity>
        where TEntity : class, IVersioned
    {
        await using var transaction = await db.BeginCatalogueWriteAsync(cancellationToken);
        TEntity? entity;
        TSnapshot? before = null;
        if (id is null)
        {
            entity = create();
            db.Add(entity);
        }
        else
        {
            entity = await TSnapshot.LoadAsync(db, id.Value, cancellationToken);
            if (entity is null)
            {
                return new Outcome<TSnapshot>.Missing();
            }
            before = TSnapshot.Capture(entity);
            if (entity.Version != version)
            {
                return new Outcome<TSnapshot>.Stale(before, entity.Version);
            }
            // EF checks the version the form was read at, so a save racing this one fails instead of overwriting.
            db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = version;
        }
        await (await wanted(entity, before)).ApplyToAsync(db, entity, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var current = await TSnapshot.LoadAsync(db, id!.Value, cancellationToken);
            return current is null ? new Outcome<TSnapshot>.Missing() : new Outcome<TSnapshot>.Stale(TSnapshot.Capture(current), current.Version);
        }
        RevisionLog.Record(db, author, TSnapshot.Kind, TSnapshot.IdOf(entity), id is null ? "create" : "edit", before, TSnapshot.Capture(entity));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome<TSnapshot>.Saved(TSnapshot.IdOf(entity));
    }

    /// <summary>Deletes the entity, recording its last state so undo can bring it back. Its title, or null when it no longer exists.</summary>
    public static async Task<string?> DeleteAsync<TSnapshot, TEntity>(KdramaDbContext db, int id, string author, CancellationToken cancellationToken)
        where TSnapshot : class, IEditSnapshot<TSnapshot, TEntity>
        where TEntity : class
    {
        await using var transaction = await db.BeginCatalogueWriteAsync(cancellationToken);
        var entity = await TSnapshot.LoadAsync(db, id, cancellationToken);
        if (entity is null)
        {
            return null;
        }
        var last = TSnapshot.Capture(entity);
        RevisionLog.Record(db, author, TSnapshot.Kind, id, "delete", last, null);
        db.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return last.Title;
    }
}
