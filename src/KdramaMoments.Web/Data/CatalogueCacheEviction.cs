using System.Data.Common;
using System.Runtime.CompilerServices;
using KdramaMoments.Web.Domain;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KdramaMoments.Web.Data;

/// <summary>
/// Public pages are output-cached under one tag; any saved change to the catalogue evicts them.
/// Inside a transaction the eviction happens again at commit, so a page cached from the
/// uncommitted state cannot outlive it. Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass this:
/// callers of those evict with <see cref="EvictAsync"/>. One instance serves every (pooled) context, so what
/// waits for a commit is remembered per context. Other processes hear of the change through the database
/// (<see cref="KdramaDbContext.AnnounceCatalogueChangeAsync"/>, <see cref="CatalogueChangeWatch"/>).
/// </summary>
public sealed class CatalogueCacheEviction(IServiceProvider services) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public const string Tag = "catalogue";

    private readonly ConditionalWeakTable<DbContext, StrongBox<bool>> pendingByContext = new();

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

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Pending(eventData.Context) is { Value: true } pending)
        {
            await ((KdramaDbContext)eventData.Context!).AnnounceCatalogueChangeAsync(cancellationToken);
            await EvictAsync(cancellationToken);
            pending.Value = eventData.Context?.Database.CurrentTransaction is not null;
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Pending(eventData.Context) is { Value: true } pending)
        {
            ((KdramaDbContext)eventData.Context!).AnnounceCatalogueChangeAsync(CancellationToken.None).GetAwaiter().GetResult();
            EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            pending.Value = eventData.Context?.Database.CurrentTransaction is not null;
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Pending(eventData.Context) is { Value: true } pending)
        {
            await EvictAsync(cancellationToken);
            pending.Value = false;
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Pending(eventData.Context) is { Value: true } pending)
        {
            EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            pending.Value = false;
        }
    }

    /// <summary>Drops this process's cached public pages, did-you-mean words and catalogue-wide values. The command line has none: nothing to do there.</summary>
    public ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        services.GetService<Search.NameVocabulary>()?.Invalidate();
        services.GetService<CatalogueMemo>()?.Invalidate();
        return services.GetService<IOutputCacheStore>()?.EvictByTagAsync(Tag, cancellationToken) ?? ValueTask.CompletedTask;
    }

    private void Notice(DbContext? context)
    {
        if (Pending(context) is not { } pending)
        {
            return;
        }
        // Only what pages show: not revisions, and not the editors' accounts (every sign-in attempt writes those).
        pending.Value |= context!.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && (e.Entity is ISlugged or Quote or Source or NameAlias or SlugRedirect or PairingCorrection || e.Metadata.IsPropertyBag));
    }

    private StrongBox<bool>? Pending(DbContext? context) => context is null ? null : pendingByContext.GetOrCreateValue(context);
}
