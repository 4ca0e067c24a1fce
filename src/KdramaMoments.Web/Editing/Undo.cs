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
            "moment" => await RevertMomentAsync(db, revision, author, cancellationToken),
            "drama" => await RevertDramaAsync(db, revision, author, cancellationToken),
            _ => new Outcome(false, $"Changes to a {revision.EntityType} cannot be undone here yet."),
        };
    }

    private static async Task<Outcome> RevertMomentAsync(KdramaDbContext db, Revision revision, string author, CancellationToken cancellationToken)
    {
        if (revision.Action.StartsWith("merge", StringComparison.Ordinal) || revision.Action == "import")
        {
            return new Outcome(false, "Merges and imports are not undone from here: edit or delete what they made.");
        }
        var before = RevisionLog.Read<MomentSnapshot>(revision.Before);
        var after = RevisionLog.Read<MomentSnapshot>(revision.After);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moment = await db.Moments.Include(m => m.Quotes).Include(m => m.Tags).Include(m => m.Characters).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == revision.EntityId, cancellationToken);
        var current = moment is null ? null : MomentSnapshot.Of(moment);
        var stillAsLeft = after is null ? moment is null : after.SameAs(current);
        if (!stillAsLeft)
        {
            return new Outcome(false, $"“{after?.Title ?? before?.Title}” was changed again after this; undoing would overwrite the later change. Compare the versions in its history.");
        }
        if (before is null)
        {
            db.Moments.Remove(moment!); // undoing a creation
        }
        else if (moment is null)
        {
            // Undoing a deletion: the moment comes back with its id and address (its article links do not).
            moment = new Moment { Id = revision.EntityId, Slug = before.Slug, Title = before.Title, DramaId = before.DramaId, CreatedAt = DateTime.UtcNow };
            db.Moments.Add(moment);
            await before.ApplyToAsync(db, moment, cancellationToken);
        }
        else
        {
            await before.ApplyToAsync(db, moment, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        RevisionLog.Record(db, author, "moment", revision.EntityId, $"undo #{revision.Id}", current, before);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome(true, $"Undid change #{revision.Id} ({revision.Action} of “{before?.Title ?? after?.Title}”).");
    }

    private static async Task<Outcome> RevertDramaAsync(KdramaDbContext db, Revision revision, string author, CancellationToken cancellationToken)
    {
        if (revision.Action.StartsWith("merge", StringComparison.Ordinal) || revision.Action == "import")
        {
            return new Outcome(false, "Merges and imports are not undone from here: edit or delete what they made.");
        }
        var before = RevisionLog.Read<DramaSnapshot>(revision.Before);
        var after = RevisionLog.Read<DramaSnapshot>(revision.After);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var drama = await db.Dramas.Include(d => d.Aliases).FirstOrDefaultAsync(d => d.Id == revision.EntityId, cancellationToken);
        var current = drama is null ? null : DramaSnapshot.Of(drama);
        if (!(after is null ? drama is null : after.SameAs(current)))
        {
            return new Outcome(false, $"“{after?.Title ?? before?.Title}” was changed again after this; undoing would overwrite the later change. Compare the versions in its history.");
        }
        if (before is null)
        {
            if (await db.Moments.AnyAsync(m => m.DramaId == revision.EntityId, cancellationToken) || await db.Characters.AnyAsync(c => c.DramaId == revision.EntityId, cancellationToken))
            {
                return new Outcome(false, "This drama has moments or roles now; delete or move them before undoing its creation.");
            }
            db.Dramas.Remove(drama!);
        }
        else if (drama is null)
        {
            drama = new Drama { Id = revision.EntityId, Slug = before.Slug, Title = before.Title, NormalizedTitle = Names.Normalize(before.Title), CreatedAt = DateTime.UtcNow };
            db.Dramas.Add(drama);
            await before.ApplyToAsync(db, drama, cancellationToken);
        }
        else
        {
            await before.ApplyToAsync(db, drama, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        RevisionLog.Record(db, author, "drama", revision.EntityId, $"undo #{revision.Id}", current, before);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome(true, $"Undid change #{revision.Id} ({revision.Action} of “{before?.Title ?? after?.Title}”).");
    }
}
