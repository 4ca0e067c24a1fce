using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Search;

/// <summary>
/// Keeps the search index true to the rows: a save touching what search shows rewrites the entries it made stale,
/// in the save's own transaction (see <see cref="ICatalogueSaveStep"/>).
/// </summary>
public sealed class SearchIndexSync : ICatalogueSaveStep
{
    public async Task<Func<CancellationToken, Task>?> PrepareAsync(CatalogueChange change, CancellationToken cancellationToken)
    {
        // Articles, sources, redirects and lists are not searched.
        if (!change.Kinds.Overlaps(EntityKinds.Searchable))
        {
            return null;
        }
        var changes = await SearchChanges.CollectAsync(change.Db, cancellationToken);
        return changes.IsEmpty ? null : token => SearchIndexer.ReindexAsync(change.Db, changes.Resolve(), token);
    }
}

/// <summary>A database from before the search index (or filled by a bulk load) gets its index built once, at start.</summary>
public sealed partial class SearchIndexStart(ILoggerFactory loggers) : IStartupStep
{
    private readonly ILogger logger = loggers.CreateLogger(DatabaseStartup.LogCategory);

    public async Task RunAsync(KdramaDbContext db, bool seed, CancellationToken cancellationToken)
    {
        if (!await db.SearchStore.AnyAsync(db, cancellationToken) && (await db.Moments.AnyAsync(cancellationToken) || await db.Dramas.AnyAsync(cancellationToken)))
        {
            await SearchIndexer.RebuildAsync(db, cancellationToken);
            var entries = await db.SearchStore.CountAsync(db, cancellationToken);
            LogIndexed(logger, entries);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the search index: {Entries} entries")]
    private static partial void LogIndexed(ILogger logger, long entries);
}

public static class SearchServiceCollectionExtensions
{
    /// <summary>The index kept in step with every catalogue save and built at start when missing; the site's search and its did-you-mean words.</summary>
    public static IServiceCollection AddKdramaSearch(this IServiceCollection services)
    {
        services.AddSingleton<ICatalogueSaveStep, SearchIndexSync>();
        services.AddScoped<IStartupStep, SearchIndexStart>();
        services.AddScoped<SiteSearch>();
        services.AddSingleton<NameVocabulary>();
        services.AddSingleton<ICatalogueCache>(provider => provider.GetRequiredService<NameVocabulary>());
        return services;
    }
}
