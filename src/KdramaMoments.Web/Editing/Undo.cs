using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>
/// Undoing a revision puts the entity back as it was before it. Only when the entity still looks as the
/// revision left it: if a later change moved it on, undo refuses and says so, rather than silently
/// discarding that later work.
/// </summary>
public static class Undo
{
    public sealed record Outcome(bool Done, string Message);

    public static async Task<Outcome> RevertAsync(KdramaDbContext db, int revisionId, string author, CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
        if (revision is null)
        {
            return new Outcome(false, "There is no such change.");
        }
        return revision.EntityType switch
        {
            "moment" => await RevertAsync<MomentSnapshot, Moment>(db, revision, author, cancellationToken),
            "drama" => await RevertAsync<DramaSnapshot, Drama>(db, revision, author, cancellationToken),
            "actor" => await RevertAsync<ActorSnapshot, Actor>(db, revision, author, cancellationToken),
            "tag" => await RevertAsync<TagSnapshot, Tag>(db, revision, author, cancellationToken),
            "character" => await RevertAsync<CharacterSnapshot, Character>(db, revision, author, cancellationToken),
            "article" => await RevertAsync<ArticleSnapshot, Article>(db, revision, author, cancellationToken),
            _ => new Outcome(false, $"Changes to a {revision.EntityType} cannot be undone here yet."),
        };
    }

    private static async Task<Outcome> RevertAsync<TSnapshot, TEntity>(KdramaDbContext db, Revision revision, string author, CancellationToken cancellationToken)
        where TSnapshot : class, IEditSnapshot<TSnapshot, TEntity>
        where TEntity : class
    {
        if (revision.Action.StartsWith("merge", StringComparison.Ordinal) || revision.Action == "import")
        {
            return new Outcome(false, "Merges and imports are not undone from here: edit or delete what they made.");
        }
        var before = RevisionLog.Read<TSnapshot>(revision.Before);
        var after = RevisionLog.Read<TSnapshot>(revision.After);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = await TSnapshot.LoadAsync(db, revision.EntityId, cancellationToken);
        var current = entity is null ? null : TSnapshot.Capture(entity);
        if (!(after is null ? entity is null : after.SameAs(current)))
        {
            return new Outcome(false, $"“{after?.Title ?? before?.Title}” was changed again after this; undoing would overwrite the later change. Compare the versions in its history.");
        }
        if (before is null)
        {
            // Undoing a creation.
            if (await TSnapshot.CannotRemoveAsync(db, revision.EntityId, cancellationToken) is { } reason)
            {
                return new Outcome(false, reason);
            }
            db.Remove(entity!);
        }
        else
        {
            if (entity is null)
            {
                // Undoing a deletion: the entity comes back with its id and address.
                entity = before.Recreate(revision.EntityId);
                db.Add(entity);
            }
            await before.ApplyToAsync(db, entity, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        RevisionLog.Record(db, author, TSnapshot.EntityType, revision.EntityId, $"undo #{revision.Id}", current, before);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome(true, $"Undid change #{revision.Id} ({revision.Action} of “{before?.Title ?? after?.Title}”).");
    }
}
