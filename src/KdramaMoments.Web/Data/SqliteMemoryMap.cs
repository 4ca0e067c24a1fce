using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KdramaMoments.Web.Data;

/// <summary>
/// Lets SQLite read the database file through a memory map (<c>PRAGMA mmap_size</c>, <c>Sqlite:MmapMegabytes</c>; 0 turns
/// it off) instead of copying each page into the connection's own page cache with a read call. That cache holds 2 MB per
/// connection; a search's facet counts and descriptions read a thousand scattered moments' rows, so at 100,000 moments
/// nearly every page was a read call and a copy (3–4× the SQL's CPU, docs/measurements/search21.md). The mapped pages
/// are the kernel's file cache, shared by every connection and the process's other opens, not a private copy per
/// connection. Set once per native connection (a pooled connection keeps its handle and its setting).
/// </summary>
public sealed class SqliteMemoryMap(long bytes) : DbConnectionInterceptor
{
    /// <summary>The native connections already set (as <c>Search/Fts5Ranking</c> registers its functions once per handle).</summary>
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> set = [];

    public static SqliteMemoryMap? From(IConfiguration configuration) =>
        configuration.GetValue("Sqlite:MmapMegabytes", 1024) is > 0 and var megabytes ? new SqliteMemoryMap(megabytes * 1024L * 1024L) : null;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    private void Set(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || set.TryGetValue(handle, out _))
        {
            return;
        }
        using (var command = sqlite.CreateCommand())
        {
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA mmap_size = {bytes};");
            command.ExecuteNonQuery();
        }
        set.AddOrUpdate(handle, this);
    }
}
