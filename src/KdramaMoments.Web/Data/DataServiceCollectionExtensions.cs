using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KdramaMoments.Web.Data;

public static class DataServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Data Source=data/kdrama.db";

    /// <summary>
    /// Registers the catalogue's DbContext on the provider <c>Database:Provider</c> names, from <c>ConnectionStrings:Default</c>.
    /// Code asks for <see cref="KdramaDbContext"/> either way; on PostgreSQL it gets the subclass that carries PostgreSQL's migrations.
    /// </summary>
    public static IServiceCollection AddKdramaData(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var migrationsAssembly = typeof(KdramaDbContext).Assembly.FullName;
        // What a save changed is raised to the parts that subscribe (ICatalogueSaveStep, ICatalogueCache), and to whoever
        // else listens for committed changes (the audit log, as an IInterceptor): singletons, since the pooled options are built once.
        services.AddSingleton<CatalogueChangeDispatch>();
        services.AddSingleton<ICatalogueSaveStep, CatalogueChangeAnnouncement>();
        services.AddSingleton<ICatalogueSaveStep, StoredCountsSync>();
        services.AddSingleton<ICatalogueSaveStep, CoStars.CoStarSync>();
        services.AddSingleton<ICatalogueSaveStep, CoStars.KeptCoStarMapSync>(); // after the co-stars it reads
        // The site's encoder: Hangul, curly quotes and accents are written as characters, not entities; HTML-special
        // characters are still encoded. Here, not with the pages, since saves write kept markup with it (KeptCoStarMap),
        // on the command line too.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Kept values live as long as cached pages (Hosting/PublicCaching.cs): 0 turns both off.
        services.AddSingleton(provider => new CatalogueMemo(provider.GetRequiredService<TimeProvider>(),
            TimeSpan.FromMinutes(configuration.GetValue("OutputCache:Minutes", 10))));
        services.AddSingleton<ICatalogueCache>(provider => provider.GetRequiredService<CatalogueMemo>());
        services.TryAddSingleton(TimeProvider.System);
        // Pooled: a page's context is reset and reused instead of built (with its services) for every request.
        // The model is the compiled one of the provider (Data/CompiledModels, README "Adding a migration"): a start does not
        // build it from the configurations (about a second); CompiledModelTests fails when it no longer matches them.
        if (DatabaseProviders.From(configuration) == DatabaseProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString("Default")
                ?? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:Default (Host=…;Database=…;Username=…).");
            services.AddDbContextPool<KdramaDbContext, PostgresKdramaDbContext>((provider, options) => options
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(migrationsAssembly))
                .UseModel(CompiledModels.Postgres.PostgresKdramaDbContextModel.Instance)
                .AddInterceptors(Interceptors(provider)));
        }
        else
        {
            var connectionString = AnchorDataSource(configuration.GetConnectionString("Default") ?? DefaultConnectionString, dataFolder);
            var memoryMap = SqliteMemoryMap.From(configuration);
            services.AddDbContextPool<KdramaDbContext>((provider, options) => options
                .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(migrationsAssembly))
                .UseModel(CompiledModels.Sqlite.KdramaDbContextModel.Instance)
                .AddInterceptors(memoryMap is null ? Interceptors(provider) : [.. Interceptors(provider), memoryMap]));
        }
        return services;
    }

    private static IInterceptor[] Interceptors(IServiceProvider provider) =>
        [provider.GetRequiredService<CatalogueChangeDispatch>(), .. provider.GetServices<IInterceptor>()];

    /// <summary>A relative SQLite file is placed under <paramref name="dataFolder"/> (the working directory), once, at start.</summary>
    public static string AnchorDataSource(string connectionString, string dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal) || Path.IsPathRooted(dataSource))
        {
            return connectionString;
        }
        builder.DataSource = Path.GetFullPath(dataSource, dataFolder);
        return builder.ToString();
    }

    /// <summary>Creates the folder of a file-based SQLite database so a fresh clone can start.</summary>
    public static void EnsureDatabaseFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
