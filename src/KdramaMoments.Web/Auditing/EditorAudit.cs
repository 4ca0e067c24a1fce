using System.Data.Common;
using System.Runtime.CompilerServices;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KdramaMoments.Web.Auditing;

/// <summary>
/// One audit line per editor write, written once the write is committed: who, what, which entity, which revision.
/// Every write through the editors' pages (edits, creates, deletes, merges, imports, undo) records a revision, so
/// listening for committed revisions covers all of them, and any added later, in one place. Lines name the
/// revision, never its content: the revision (in the database) holds the before and after.
/// </summary>
public sealed partial class EditorAudit(ILoggerFactory loggers) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The logger category of every audit line (editors' writes and accounts' events alike).</summary>
    public const string Category = "KdramaMoments.Audit";

    private readonly ILogger log = loggers.CreateLogger(Category);

    // One instance serves every (pooled) context, so what waits for a save or a commit is kept per context.
    private readonly ConditionalWeakTable<DbContext, Pending> pendingByContext = new();

    private sealed class Pending
    {
        public List<Revision> Saving { get; } = [];
        public List<Revision> Uncommitted { get; } = [];
    }

    private Pending? For(DbContext? context) => context is null ? null : pendingByContext.GetOrCreateValue(context);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => For(eventData.Context)?.Saving.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        For(eventData.Context)?.Saving.Clear();
        return Task.CompletedTask;
    }

    // A transaction that ended without a commit was rolled back (EF raises no event when one is only disposed).
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        For(eventData.Context)?.Uncommitted.Clear();
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        For(eventData.Context)?.Uncommitted.Clear();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => WriteCommitted(For(eventData.Context));

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WriteCommitted(For(eventData.Context));
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => For(eventData.Context)?.Uncommitted.Clear();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        For(eventData.Context)?.Uncommitted.Clear();
        return Task.CompletedTask;
    }

    private void Notice(DbContext? context)
    {
        if (context is not null && For(context) is { } pending)
        {
            pending.Saving.Clear();
            pending.Saving.AddRange(context.ChangeTracker.Entries<Revision>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        }
    }

    private void Saved(DbContext? context)
    {
        if (For(context) is not { } pending)
        {
            return;
        }
        pending.Uncommitted.AddRange(pending.Saving); // the ids are known now
        pending.Saving.Clear();
        if (context?.Database.CurrentTransaction is null)
        {
            WriteCommitted(pending);
        }
    }

    private void WriteCommitted(Pending? pending)
    {
        if (pending is null)
        {
            return;
        }
        foreach (var revision in pending.Uncommitted)
        {
            // "merge of a into b", "undo #12": the verb is the action; the rest is in the revision.
            var action = revision.Action.Split(' ', 2)[0];
            EditorWrote(log, revision.Author, action, revision.EntityType, revision.EntityId, revision.Id, revision.Batch);
        }
        pending.Uncommitted.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Editor {Editor} {Action} {EntityKind} {EntityId} (revision {Revision}, batch {Batch})")]
    private static partial void EditorWrote(ILogger logger, string editor, string action, string entityKind, int entityId, int revision, string? batch);
}

public static class EditorAuditServiceCollectionExtensions
{
    /// <summary>Audits editors' writes; the DbContext takes every registered interceptor.</summary>
    public static IServiceCollection AddEditorAudit(this IServiceCollection services) =>
        services.AddSingleton<IInterceptor, EditorAudit>();
}
