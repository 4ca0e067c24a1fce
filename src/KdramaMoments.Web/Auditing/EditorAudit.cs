using System.Data.Common;
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
    private readonly List<Revision> saving = [];
    private readonly List<Revision> uncommitted = [];

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

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => saving.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        saving.Clear();
        return Task.CompletedTask;
    }

    // A transaction that ended without a commit was rolled back (EF raises no event when one is only disposed).
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        uncommitted.Clear();
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        uncommitted.Clear();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => WriteCommitted();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WriteCommitted();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => uncommitted.Clear();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        uncommitted.Clear();
        return Task.CompletedTask;
    }

    private void Notice(DbContext? context)
    {
        saving.Clear();
        if (context is not null)
        {
            saving.AddRange(context.ChangeTracker.Entries<Revision>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        }
    }

    private void Saved(DbContext? context)
    {
        uncommitted.AddRange(saving); // the ids are known now
        saving.Clear();
        if (context?.Database.CurrentTransaction is null)
        {
            WriteCommitted();
        }
    }

    private void WriteCommitted()
    {
        foreach (var revision in uncommitted)
        {
            // "merge of a into b", "undo #12": the verb is the action; the rest is in the revision.
            var action = revision.Action.Split(' ', 2)[0];
            EditorWrote(log, revision.Author, action, revision.EntityType, revision.EntityId, revision.Id, revision.Batch);
        }
        uncommitted.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Editor {Editor} {Action} {EntityKind} {EntityId} (revision {Revision}, batch {Batch})")]
    private static partial void EditorWrote(ILogger logger, string editor, string action, string entityKind, int entityId, int revision, string? batch);
}

public static class EditorAuditServiceCollectionExtensions
{
    /// <summary>Audits editors' writes; the DbContext takes every registered interceptor.</summary>
    public static IServiceCollection AddEditorAudit(this IServiceCollection services) =>
        services.AddScoped<IInterceptor, EditorAudit>();
}
