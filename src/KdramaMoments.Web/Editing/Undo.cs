using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>
/// Undoing a revision puts the entity back as it was before it. Only when the entity still looks as the
/// revision left it: if a later change moved it on, undo refuses and says so, rather than silently
/// discarding that later work. A merge or an import is undone as a whole (every revision of its batch,
/// last first, in one transaction) or not at all.
/// </summary>
public static class Undo
{
    public sealed record Outcome(bool Done, string Message);

    /// <summary>What undoing a revision would take back: for a merge or an import, every change of its batch, summarised.</summary>
    public sealed record Plan(int Revision, string Action, int Count, IReadOnlyList<string> Steps);

    public static async Task<Plan?> PlanAsync(KdramaDbContext db, int revisionId, CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
        if (revision?.Batch is null)
        {
            return revision is null ? null : new Plan(revision.Id, revision.Action, 1, []);
        }
        var counts = (await BatchCounts.ForAsync(db, [revision.Batch], cancellationToken))[revision.Batch];
        // Undo runs each change backwards: what was created goes, what was removed comes back.
        var steps = BatchCounts.Phrases(counts, change => change switch
        {
            BatchCounts.Change.Created => "removed",
            BatchCounts.Change.Removed => "brought back",
            _ => "put back as before",
        }).ToList();
        return new Plan(revision.Id, revision.Action, counts.Sum(c => c.Number), steps);
    }

    public static async Task<Outcome> RevertAsync(KdramaDbContext db, int revisionId, string author, CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
        if (revision is null)
        {
            return new Outcome(false, "There is no such change.");
        }
        if (WhyNot(revision.Action, revision.Batch, revision.UndoOf) is { } reason)
        {
            return new Outcome(false, reason);
        }
        if (await UndoneByAsync(db, [revision.Id], cancellationToken) is { Count: > 0 } undone)
        {
            return new Outcome(false, $"Change #{revision.Id} was already undone by #{undone[revision.Id].Id}.");
        }
        var steps = revision.Batch is null
            ? [revision]
            : await db.Revisions.AsNoTracking().Where(r => r.Batch == revision.Batch).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        var batch = revision.Batch is null ? null : RevisionLog.NewBatch();

        await using var transaction = await db.BeginCatalogueWriteAsync(cancellationToken);
        string? title = null;
        foreach (var step in steps)
        {
            var (refusal, stepTitle) = await RevertStepAsync(db, step, author, batch, cancellationToken);
            if (refusal is not null)
            {
                db.ChangeTracker.Clear(); // the transaction rolls back as it is disposed
                return new Outcome(false, steps.Count > 1 ? $"Nothing was undone: {refusal}" : refusal);
            }
            title = step.Id == revision.Id ? stepTitle : title;
        }
        await transaction.CommitAsync(cancellationToken);
        return new Outcome(true, steps.Count > 1
            ? $"Undid the {revision.Action}: {steps.Count} changes (#{steps[^1].Id}–#{steps[0].Id}) taken back together."
            : $"Undid change #{revision.Id} ({revision.Action} of “{title}”).");
    }

    /// <summary>Which of these revisions have been undone, and by which revision.</summary>
    /// <summary>
    /// Which change undid each of <paramref name="revisionIds"/>. An undo of a merge or import is a batch, and
    /// the history lists a batch under its highest number, so that is the number given (the one editors can find).
    /// </summary>
    public static async Task<Dictionary<int, UndoMark>> UndoneByAsync(KdramaDbContext db, IReadOnlyCollection<int> revisionIds, CancellationToken cancellationToken) =>
        (await db.Revisions.AsNoTracking().Where(r => r.UndoOf != null && revisionIds.Contains(r.UndoOf.Value))
            .Select(r => new
            {
                Undone = r.UndoOf!.Value,
                By = r.Batch == null ? r.Id : db.Revisions.Where(x => x.Batch == r.Batch).Max(x => x.Id),
                r.Batch,
            })
            .ToListAsync(cancellationToken))
            .GroupBy(u => u.Undone)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.By).Select(u => new UndoMark(u.By, u.Batch)).First());

    /// <summary>The change that undid another, as the history shows it.</summary>
    public sealed record UndoMark(int Id, string? Batch);

    /// <summary>Why a revision cannot be undone from the history pages at all (as opposed to a conflict found when trying), or null.</summary>
    public static string? WhyNot(string action, string? batch, int? undoOf) => (batch, undoOf) switch
    {
        (null, null) when action.StartsWith("merge", StringComparison.Ordinal) || action == "import" =>
            "This merge or import was recorded before they could be undone: edit or delete what it made.",
        (not null, not null) =>
            "This undid a merge or an import; to make it again, merge on the merge page or import the file again.",
        _ => null,
    };

    private static Task<(string? Refusal, string Title)> RevertStepAsync(KdramaDbContext db, Revision revision, string author, string? batch, CancellationToken cancellationToken) =>
        EntityKinds.FromName(revision.EntityType) switch
        {
            EntityKind.Moment => RevertAsync<MomentSnapshot, Moment>(db, revision, author, batch, cancellationToken),
            EntityKind.Drama => RevertAsync<DramaSnapshot, Drama>(db, revision, author, batch, cancellationToken),
            EntityKind.Actor => RevertAsync<ActorSnapshot, Actor>(db, revision, author, batch, cancellationToken),
            EntityKind.Tag => RevertAsync<TagSnapshot, Tag>(db, revision, author, batch, cancellationToken),
            EntityKind.Character => RevertAsync<CharacterSnapshot, Character>(db, revision, author, batch, cancellationToken),
            EntityKind.Article => RevertAsync<ArticleSnapshot, Article>(db, revision, author, batch, cancellationToken),
            EntityKind.Source => RevertAsync<SourceSnapshot, Source>(db, revision, author, batch, cancellationToken),
            EntityKind.Redirect => RevertAsync<RedirectSnapshot, SlugRedirect>(db, revision, author, batch, cancellationToken),
            EntityKind.Pairing => RevertAsync<PairingSnapshot, PairingCorrection>(db, revision, author, batch, cancellationToken),
            EntityKind.List => RevertAsync<CuratedListSnapshot, CuratedList>(db, revision, author, batch, cancellationToken),
            _ => Task.FromResult<(string?, string)>(($"Changes to a {revision.EntityType} cannot be undone here.", revision.EntityType)),
        };

    private static async Task<(string? Refusal, string Title)> RevertAsync<TSnapshot, TEntity>(KdramaDbContext db, Revision revision, string author, string? batch, CancellationToken cancellationToken)
        where TSnapshot : class, IEditSnapshot<TSnapshot, TEntity>
        where TEntity : class
    {
        var before = RevisionLog.Read<TSnapshot>(revision.Before);
        var after = RevisionLog.Read<TSnapshot>(revision.After);
        var title = after?.Title ?? before?.Title ?? string.Empty;
        var entity = await TSnapshot.LoadAsync(db, revision.EntityId, cancellationToken);
        var current = entity is null ? null : TSnapshot.Capture(entity);
        if (!(after is null ? entity is null : after.SameAs(current)))
        {
            return ($"“{title}” was changed again after this; undoing would overwrite the later change. Compare the versions in its history.", title);
        }
        if (before is null)
        {
            // Undoing a creation.
            if (await TSnapshot.CannotRemoveAsync(db, revision.EntityId, cancellationToken) is { } reason)
            {
                return (reason, title);
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
        RevisionLog.Record(db, author, TSnapshot.Kind, revision.EntityId, $"undo #{revision.Id}", current, before, batch, undoOf: revision.Id);
        await db.SaveChangesAsync(cancellationToken);
        return (null, title);
    }
}
