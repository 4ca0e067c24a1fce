using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests;

/// <summary>
/// The real site on its own database (see <see cref="TestProvider"/>: a SQLite file, or a PostgreSQL database);
/// seeds come from the repository's <c>seeds/</c> folder. <paramref name="database"/> is what <c>--db</c> takes.
/// </summary>
public sealed class KdramaAppFactory(string database, bool seed = true, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    // A site watches its settings files for changes, an inotify instance each, and a run keeps hundreds of sites alive
    // at once against Debian's 128 instances per user: the test sites read their settings once (the host reads this
    // variable when it is built).
    static KdramaAppFactory() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(DatabaseProviders.SettingKey, TestProvider.Current.ToString());
        builder.UseSetting("ConnectionStrings:Default", TestProvider.IsPostgres ? PostgresTestDatabases.Prepare(database, seed) : $"Data Source={database}");
        builder.UseSetting("Seeds:ImportWhenEmpty", seed ? "true" : "false");
        // Tests sign in many times from one address; the rate-limit test sets its own figure.
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "10000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<KdramaDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<KdramaDbContext>());
    }
}

/// <summary>
/// A database of the test's own, dropped afterwards: a SQLite file in a fresh temporary folder, or on PostgreSQL a
/// database made (when a site first starts on it) from a migrated template, seeded or not as the site asks.
/// A <paramref name="fresh"/> one is never copied from a template: the site's first start migrates it.
/// </summary>
public sealed class TempDatabase(bool fresh = false) : IDisposable
{
    private readonly string folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kdrama-tests", Guid.NewGuid().ToString("N"))).FullName;
    private readonly string postgresName = "kdrama_test_" + Guid.NewGuid().ToString("N");

    /// <summary>What <c>--db</c> and <see cref="KdramaAppFactory"/> take: a file path, or a PostgreSQL connection string.</summary>
    public string Path => TestProvider.IsPostgres ? PostgresTestDatabases.ConnectionString(postgresName, fresh) : System.IO.Path.Combine(folder, "kdrama.db");

    public string Folder => folder;

    public bool Exists() => TestProvider.IsPostgres ? PostgresTestDatabases.Exists(postgresName) : File.Exists(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (TestProvider.IsPostgres)
        {
            PostgresTestDatabases.Drop(postgresName);
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on a slow machine is left for the OS to clean.
        }
    }
}

/// <summary>One seeded site shared by the read-only tests of a class.</summary>
public sealed class SeededSite : IAsyncLifetime
{
    private readonly TempDatabase database = new();

    public KdramaAppFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new KdramaAppFactory(database.Path);
        _ = Factory.Server; // starts the app: migrate and seed
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        database.Dispose();
    }
}

/// <summary>A seeded site of its own for each test, for tests that change the catalogue.</summary>
public abstract class FreshSiteTests : IAsyncLifetime
{
    private readonly TempDatabase database = new();

    protected KdramaAppFactory Factory { get; private set; } = null!;

    /// <summary>What <c>--db</c> takes for this site's database, for commands run beside it.</summary>
    protected string DatabasePath => database.Path;

    public Task InitializeAsync()
    {
        Factory = new KdramaAppFactory(database.Path);
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        database.Dispose();
    }
}

public static class RepositoryPaths
{
    public static string Seeds => SeedFolder.Find(null, AppContext.BaseDirectory) ?? throw new InvalidOperationException("seeds/ not found");

    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Importing", "Fixtures", name);
}
