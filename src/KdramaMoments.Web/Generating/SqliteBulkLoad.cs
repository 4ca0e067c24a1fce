using System.Data.Common;
using System.Globalization;

namespace KdramaMoments.Web.Generating;

/// <summary>
/// SQLite settings for one large write on a connection, put back when it ends: a page cache large enough for the
/// tables and indexes being filled (<see cref="CacheKibibytes"/>; the default 2 MB spills dirty pages to the log and reads them back, over and over,
/// as random slugs and sort keys land all over their indexes), temporary b-trees in memory, and no wait for the disk
/// at commit (<c>synchronous=NORMAL</c>: in WAL mode a crash can lose the last commit but never corrupt the file).
/// Pragmas belong to the connection, and a pooled connection outlives the command: hence the restore.
/// </summary>
internal sealed class SqliteBulkLoad : IAsyncDisposable
{
    /// <summary>
    /// A quarter of the memory the process may use, at least 512 MiB: a million moments make a 6 GB file, and a cache a
    /// tenth of that spilled the same pages to the log again and again (43 GB written for it). SQLite takes the pages
    /// only as the load touches them.
    /// </summary>
    private static long CacheKibibytes => Math.Max(512L * 1024, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 / 1024);

    private static readonly string[] Settings = ["cache_size", "temp_store", "synchronous"];

    private readonly DbConnection connection;
    private readonly Dictionary<string, string> before;

    private SqliteBulkLoad(DbConnection connection, Dictionary<string, string> before) => (this.connection, this.before) = (connection, before);

    /// <summary>Call outside a transaction: SQLite ignores a change of <c>synchronous</c> inside one.</summary>
    public static async Task<SqliteBulkLoad> StartAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var before = new Dictionary<string, string>();
        foreach (var setting in Settings)
        {
            before[setting] = await ScalarAsync(connection, $"PRAGMA {setting};", cancellationToken);
        }
        await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{CacheKibibytes}; PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL;"), CancellationToken.None);
        return new SqliteBulkLoad(connection, before);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (setting, value) in before)
        {
            // The values were read from SQLite itself: integers.
            await ExecuteAsync(connection, $"PRAGMA {setting} = {long.Parse(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)};", CancellationToken.None);
        }
    }

    private static async Task<string> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "0";
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
