using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace KdramaMoments.Web.Data;

/// <summary>
/// Reads one raw command's rows the way <c>ExecuteSqlRaw</c> runs it: on the context's connection and transaction,
/// seen by its interceptors and logs (the SQL command caps count it), with no LINQ translation and no ad hoc entity
/// type to map. Parameters are {0}, {1}… in the SQL.
/// </summary>
public static class RawRows
{
    public static async Task<List<T>> ReadAsync<T>(KdramaDbContext db, string sql, object[] parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await ReadEachAsync(db, sql, parameters, row => rows.Add(read(row)), cancellationToken);
        return rows;
    }

    /// <summary>Hands each of the command's rows to <paramref name="read"/> as it comes.</summary>
    public static async Task ReadEachAsync(KdramaDbContext db, string sql, object[] parameters, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, parameters);
        var context = new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), command.ParameterValues, null, db,
            db.GetService<IRelationalCommandDiagnosticsLogger>());
        await using var reader = await command.RelationalCommand.ExecuteReaderAsync(context, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader.DbDataReader);
        }
    }
}
