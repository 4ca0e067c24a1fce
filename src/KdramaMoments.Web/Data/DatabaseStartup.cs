using System.Data.Common;
using System.Globalization;
using System.Reflection;
using KdramaMoments.Web.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KdramaMoments.Web.Data;

/// <summary>What every start does before serving: migrate, set the connection pragmas, then the subscribed <see cref="IStartupStep"/>s (index, seed).</summary>
public static partial class DatabaseStartup
{
    /// <summary>What start-up logs under, its steps included.</summary>
    public const string LogCategory = "KdramaMoments.Startup";

    public static async Task PrepareAsync(IServiceProvider services, bool seed, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KdramaDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
        if (db.Database.IsSqlite())
        {
            DataServiceCollectionExtensions.EnsureDatabaseFolder(db.Database.GetConnectionString() ?? string.Empty);
        }

        await using var startupLock = await db.HoldStartupLockAsync(cancellationToken);
        // Migrating takes EF's migration lock (a write) and builds the model from the configurations to check it against
        // the migrations: a current database skips it.
        var pending = await PendingMigrationsAsync(db, cancellationToken);
        if (pending.Count > 0)
        {
            LogMigrating(logger, pending.Count, pending);
            var reportEvery = TimeSpan.FromSeconds(scope.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Startup:MigrationWaitReportSeconds", 30.0));
            await MigrateReportingWaitsAsync(db, logger, reportEvery, cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            await ApplyPragmasAsync(db, logger, cancellationToken);
        }
        var steps = DataSteps(db, pending);
        if (steps.Contains(DataStep.DramaInitials))
        {
            await AddAbbreviationsAsync(db, logger, cancellationToken);
        }
        if (steps.Contains(DataStep.StoredHtml))
        {
            var rendered = await StoredHtml.FillMissingAsync(db, cancellationToken);
            LogRendered(logger, rendered);
        }
        if (steps.Contains(DataStep.TitleFaults))
        {
            await StoredCounts.RefreshAllTitleFaultsAsync(db, cancellationToken);
        }

        foreach (var step in scope.ServiceProvider.GetServices<IStartupStep>())
        {
            await step.RunAsync(db, seed, cancellationToken);
        }
    }

    /// <summary>
    /// The migrations this database lacks, read from EF's history table in one plain statement. EF's own
    /// <c>GetPendingMigrationsAsync</c> first builds a model of its history table with the conventions, a tenth of a second
    /// or more of every start. A database without a history table yet (a fresh one) is left to EF's own reading.
    /// </summary>
    private static async Task<List<string>> PendingMigrationsAsync(KdramaDbContext db, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // EF's history table and its id column, named as EF names them on both providers.
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (DbException)
        {
            return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return [.. db.GetService<IMigrationsAssembly>().Migrations.Keys.Where(id => !applied.Contains(id))];
    }

    /// <summary>
    /// Migrates, and says so while it takes long: EF's SQLite migration lock is a row, left behind when a start is
    /// stopped in the middle of migrating, and the next start would otherwise wait on it forever without a word.
    /// The row is not removed here: another instance on the same file may be migrating.
    /// </summary>
    private static async Task MigrateReportingWaitsAsync(KdramaDbContext db, ILogger logger, TimeSpan reportEvery, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var startedAt = DateTimeOffset.UtcNow;
        var migrate = db.Database.MigrateAsync(cancellationToken);
        while (await Task.WhenAny(migrate, Task.Delay(reportEvery, cancellationToken)) != migrate)
        {
            var seconds = (int)TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            // A lock taken before this start is another's: an instance migrating beside this one, or a stopped start's.
            if (db.Database.IsSqlite() && await SqliteMigrationLockAsync(db.Database.GetConnectionString(), cancellationToken) is { } lockedAt && lockedAt < startedAt)
            {
                var at = lockedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
                LogWaitingForLock(logger, seconds, at, MigrationLockTable);
            }
            else
            {
                LogStillMigrating(logger, seconds);
            }
        }
        await migrate;
        var took = (int)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
        LogMigrated(logger, took);
    }

    private const string MigrationLockTable = "__EFMigrationsLock";

    /// <summary>When EF's migration lock was taken, read on a connection of its own (the migrating one is busy); null when there is none.</summary>
    private static async Task<DateTimeOffset?> SqliteMigrationLockAsync(string? connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Timestamp\" FROM \"{MigrationLockTable}\" LIMIT 1";
        try
        {
            return DateTimeOffset.TryParse(Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var at) ? at : null;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return null; // no lock table yet
        }
    }

    /// <summary>The data steps the migrations just applied ask for (see <see cref="RunsDataStepAttribute"/>).</summary>
    private static HashSet<DataStep> DataSteps(KdramaDbContext db, IEnumerable<string> applied)
    {
        var migrations = db.GetService<IMigrationsAssembly>().Migrations;
        return applied.Where(migrations.ContainsKey)
            .SelectMany(id => migrations[id].GetCustomAttributes<RunsDataStepAttribute>())
            .Select(a => a.Step)
            .ToHashSet();
    }

    // Dramas of an existing catalogue get their initials as aliases once, in C#, by the same rule new dramas follow.
    // Run once, so an alias an editor removed stays removed.

    private static async Task AddAbbreviationsAsync(KdramaDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var dramas = await db.Dramas.Include(d => d.Aliases).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var added = await Editing.DramaAbbreviations.AddAsync(db, dramas, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (added > 0)
        {
            LogAbbreviations(logger, added);
        }
    }

    // WAL lets readers run beside the importer; foreign keys are off by default in SQLite; the
    // busy timeout makes a second writer wait instead of failing at once.
    private static async Task ApplyPragmasAsync(KdramaDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var journalMode = await ScalarAsync(db, "PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys=ON;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout=5000;", cancellationToken);
            var foreignKeys = await ScalarAsync(db, "PRAGMA foreign_keys;", cancellationToken);
            var busyTimeout = await ScalarAsync(db, "PRAGMA busy_timeout;", cancellationToken);
            LogPragmas(logger, journalMode, foreignKeys, busyTimeout);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string> ScalarAsync(KdramaDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite journal_mode={JournalMode} foreign_keys={ForeignKeys} busy_timeout={BusyTimeout}ms")]
    private static partial void LogPragmas(ILogger logger, string journalMode, string foreignKeys, string busyTimeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migrations: {Migrations}")]
    private static partial void LogMigrating(ILogger logger, int count, List<string> migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrated in {Milliseconds} ms")]
    private static partial void LogMigrated(ILogger logger, int milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Still migrating after {Seconds} s")]
    private static partial void LogStillMigrating(ILogger logger, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting {Seconds} s for the migration lock taken at {LockedAt}. If no other instance is starting on this database, a start stopped while migrating left it: stop this one and delete the row (sqlite3 FILE 'DELETE FROM \"{LockTable}\"')")]
    private static partial void LogWaitingForLock(ILogger logger, int seconds, string lockedAt, string lockTable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Dramas} dramas their initials as an alias")]
    private static partial void LogAbbreviations(ILogger logger, int dramas);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered the stored HTML of {Rows} rows saved before it was kept")]
    private static partial void LogRendered(ILogger logger, int rows);
}

/// <summary>What a catalogue needs done in C# once, when a migration brings it up to a rule it was made before.</summary>
public enum DataStep
{
    DramaInitials,
    /// <summary>Markdown saved before its HTML was stored gets it (<see cref="Markdown.StoredHtml"/>).</summary>
    StoredHtml,
    /// <summary>
    /// Every moment's and article's title judged (<see cref="Domain.MomentTitles.FaultOf"/>, <see cref="Domain.ArticleTitles.NamedBySentence"/>):
    /// the rules are code (the moments' in C#), which a migration's hand-written SQL would have to repeat.
    /// </summary>
    TitleFaults,
}

/// <summary>
/// On a migration: applying it asks the start-up to run this data step once, afterwards. A database created after the
/// rule (every PostgreSQL one) has no migration asking for it: its rows were written by the rule.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RunsDataStepAttribute(DataStep step) : Attribute
{
    public DataStep Step { get; } = step;
}
