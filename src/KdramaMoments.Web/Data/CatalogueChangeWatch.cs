using KdramaMoments.Web.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KdramaMoments.Web.Data;

/// <summary>
/// Keeps this instance's caches (output cache, did-you-mean words, catalogue memo) true to changes committed by
/// other processes on the same database: another web instance, or a command-line import. On PostgreSQL it
/// LISTENs on the channel writers NOTIFY inside their transactions; on SQLite it polls the counter writers raise in
/// theirs (<c>PRAGMA user_version</c>, see <see cref="KdramaDbContext.AnnounceCatalogueChangeAsync"/>). Whenever it cannot be sure it heard everything (at start,
/// after a lost connection) it evicts everything.
/// </summary>
public sealed partial class CatalogueChangeWatch(IConfiguration configuration, CatalogueChangeDispatch eviction, ILogger<CatalogueChangeWatch> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource watching = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Returns once the watch hears other processes' changes (or could not begin), so that the server answers its first
    /// reader after the watch's opening eviction, not before: a value kept before it would be forgotten and read again.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        await watching.Task.WaitAsync(StartWait, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var postgres = DatabaseProviders.From(configuration) == DatabaseProvider.Postgres;
        var connectionString = configuration.GetConnectionString("Default") ?? DataServiceCollectionExtensions.DefaultConnectionString;
        if (!postgres && !IsSqliteFile(connectionString))
        {
            watching.TrySetResult();
            return; // an in-memory database has no other process
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await (postgres ? ListenAsync(connectionString, stoppingToken) : PollAsync(connectionString, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SqliteException or InvalidOperationException or IOException)
            {
                watching.TrySetResult(); // serving without the watch; it evicts everything once back
                LogLost(logger, e.Message);
                await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        // Its own connection, outside the pool: it stays open, waiting.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
        var heard = false;
        connection.Notification += (_, _) => heard = true;
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand("LISTEN " + PostgresKdramaDbContext.ChangeChannel, connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        // Anything committed while not listening was not heard.
        await eviction.EvictAsync(stoppingToken);
        watching.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            if (heard)
            {
                heard = false;
                await eviction.EvictAsync(stoppingToken);
            }
        }
    }

    private async Task PollAsync(string connectionString, CancellationToken stoppingToken)
    {
        var file = DataServiceCollectionExtensions.AnchorDataSource(connectionString, AppFolders.WorkingDirectory);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(file) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        var seen = await command.ExecuteScalarAsync(stoppingToken);
        await eviction.EvictAsync(stoppingToken);
        watching.TrySetResult();
        while (true)
        {
            await Task.Delay(PollInterval, stoppingToken);
            var now = await command.ExecuteScalarAsync(stoppingToken);
            if (!Equals(now, seen))
            {
                seen = now;
                await eviction.EvictAsync(stoppingToken);
            }
        }
    }

    private static bool IsSqliteFile(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return !string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the watch on catalogue changes ({Reason}); retrying, and evicting the caches once back")]
    private static partial void LogLost(ILogger logger, string reason);
}
