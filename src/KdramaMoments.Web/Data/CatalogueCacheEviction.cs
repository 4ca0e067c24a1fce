using System.Data.Common;
using KdramaMoments.Web.Domain;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KdramaMoments.Web.Data;

/// <summary>
/// Public pages are output-cached under one tag; any saved change to the catalogue evicts them.
/// Inside a transaction the eviction happens again at commit, so a page cached from the
/// uncommitted state cannot outlive it. Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass this:
/// callers of those evict with <see cref="EvictAsync"/>.
/// </summary>
public sealed class CatalogueCacheEviction(IServiceProvider services) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public const string Tag = "catalogue";

    private bool pending;

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
        if (pending)
        {
            await EvictAsync(cancellationToken);
            pending = eventData.Context?.Database.CurrentTransaction is not null;
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (pending)
        {
            EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            pending = eventData.Context?.Database.CurrentTransaction is not null;
        }
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (pending)
        {
            await EvictAsync(cancellationToken);
            pending = false;
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (pending)
        {
            EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            pending = false;
        }
    }

    /// <summary>Drops every cached public page and the did-you-mean words. The command line has neither: nothing to do there.</summary>
    public ValueTask EvictAsync(CancellationToken cancellationToken)
    {
        services.GetService<Search.NameVocabulary>()?.Invalidate();
        return services.GetService<IOutputCacheStore>()?.EvictByTagAsync(Tag, cancellationToken) ?? ValueTask.CompletedTask;
    }

    private void Notice(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        // Only what pages show: not revisions, and not the editors' accounts (every sign-in attempt writes those).
        pending |= context.ChangeTracker.Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && (e.Entity is ISlugged or Quote or Source or NameAlias or SlugRedirect or PairingCorrection || e.Metadata.IsPropertyBag));
    }
}
