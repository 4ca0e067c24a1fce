using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KdramaMoments.Web.Data;

/// <summary>
/// Raises what a save changed to whoever subscribed: every <see cref="ICatalogueSaveStep"/> prepares before the rows
/// are written and runs right after (inside the save's transaction), then every <see cref="ICatalogueCache"/> forgets;
/// inside a transaction the caches forget again at commit, so nothing cached from the uncommitted state outlives it.
/// Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass this: their callers evict with <see cref="EvictAsync"/>.
/// One instance serves every (pooled) context, so what waits for a save or a commit is remembered per context.
/// </summary>
public sealed class CatalogueChangeDispatch(IEnumerable<ICatalogueSaveStep> steps, IEnumerable<ICatalogueCache> caches) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ICatalogueSaveStep[] steps = [.. steps];
    private readonly ICatalogueCache[] caches = [.. caches];
    private readonly ConditionalWeakTable<DbContext, Pending> pendingByContext = new();

    private sealed class Pending
    {
        public List<Func<CancellationToken, Task>>? AfterWrite { get; set; }

        public bool AwaitingCommit { get; set; }
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is KdramaDbContext db && CatalogueChange.KindsIn(db.ChangeTracker) is { Count: > 0 } kinds)
        {
            var change = new CatalogueChange(db, kinds);
            var afterWrite = new List<Func<CancellationToken, Task>>();
            foreach (var step in steps)
            {
                if (await step.PrepareAsync(change, cancellationToken) is { } run)
                {
                    afterWrite.Add(run);
                }
            }
            pendingByContext.GetOrCreateValue(db).AfterWrite = afterWrite;
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pendingByContext.TryGetValue(context, out var pending) && pending.AfterWrite is { } afterWrite)
        {
            pending.AfterWrite = null;
            foreach (var run in afterWrite)
            {
                await run(cancellationToken);
            }
            await EvictAsync(cancellationToken);
            pending.AwaitingCommit = context.Database.CurrentTransaction is not null;
        }
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    // The context saves asynchronously underneath its synchronous SaveChanges, so only these two run synchronously.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pendingByContext.TryGetValue(context, out var pending) && pending.AwaitingCommit)
        {
            pending.AwaitingCommit = false;
            await EvictAsync(cancellationToken);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    /// <summary>Every subscribed cache of this process forgets what it computed from the catalogue.</summary>
    public async ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        foreach (var cache in caches)
        {
            await cache.EvictAsync(cancellationToken);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && pendingByContext.TryGetValue(context, out var pending))
        {
            pending.AfterWrite = null;
        }
    }
}
