using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace KdramaMoments.Tests.Data;

/// <summary>
/// EF's SQLite migration lock is a row: a start stopped while migrating leaves it behind, and the next start waits on it.
/// The wait is said in the log, with the lock's time and how to remove it; the start goes on once the row is gone.
/// </summary>
public sealed class MigrationLockTests
{
    [Fact]
    public async Task AStartWaitingOnALeftOverMigrationLock_SaysSoInTheLog_AndStartsWhenTheLockIsGone()
    {
        if (TestProvider.IsPostgres)
        {
            return; // PostgreSQL's migration lock is a session's: it goes with the connection.
        }
        using var database = new TempDatabase();
        await using (var first = new KdramaAppFactory(database.Path, seed: false))
        {
            _ = first.Server;
        }
        // As a start stopped in its last migration leaves the file: that migration not recorded, the lock still held.
        string lastMigration;
        await using (var connection = new SqliteConnection($"Data Source={database.Path}"))
        {
            await connection.OpenAsync();
            lastMigration = await ScalarAsync(connection, "SELECT max(\"MigrationId\") FROM \"__EFMigrationsHistory\"");
            var productVersion = await ScalarAsync(connection, $"SELECT \"ProductVersion\" FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{lastMigration}'");
            await ExecuteAsync(connection, $"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{lastMigration}'");
            await ExecuteAsync(connection, "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-01 10:00:00+00:00')");

            var sink = new CollectingSink();
            await using var second = new KdramaAppFactory(database.Path, seed: false,
                settings: new Dictionary<string, string> { ["Startup:MigrationWaitReportSeconds"] = "0.5" },
                services: services => services.AddSingleton<ILogEventSink>(sink));
            var starting = Task.Run(() => second.CreateClient());

            var warning = await sink.FirstAsync(e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.Contains("migration lock", StringComparison.Ordinal));
            Assert.NotNull(warning);
            var text = warning.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("2026-12-01", text, StringComparison.Ordinal);
            Assert.Contains("__EFMigrationsLock", text, StringComparison.Ordinal);
            Assert.NotNull(await sink.FirstAsync(e => e.MessageTemplate.Text.StartsWith("Applying {Count} migrations", StringComparison.Ordinal)));
            Assert.False(starting.IsCompleted);

            // The other instance finishes (its migration recorded, the lock released): this start goes on and serves.
            await ExecuteAsync(connection, $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{lastMigration}', '{productVersion}')");
            await ExecuteAsync(connection, "DELETE FROM \"__EFMigrationsLock\"");
            var client = await starting.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

        public async Task<LogEvent?> FirstAsync(Func<LogEvent, bool> match)
        {
            for (var attempt = 0; attempt < 300 && !events.Any(match); attempt++)
            {
                await Task.Delay(100);
            }
            return events.FirstOrDefault(match);
        }
    }
}
