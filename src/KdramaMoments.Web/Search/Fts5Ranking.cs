using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace KdramaMoments.Web.Search;

/// <summary>
/// <c>kdrama_bm25(search_entries, weight…, entries…)</c>: FTS5's own bm25 (the same formula, k1 1.2, b 0.75, the same
/// order of operations, so the same values), with each phrase's count of matching entries given as an argument after
/// the column weights instead of counted. bm25 counts them at its first call in a command by a pass over each
/// phrase's whole posting list (7 ms for "a" at 100,000 entries, ten times that at a million), whatever the rows it
/// then ranks; the search keeps the counts per catalogue version instead (<see cref="ISearchStore.CountPhrasesAsync"/>).
/// A count below zero gives the phrase an IDF of 1: with one phrase the IDF only scales every score alike, so the
/// order is bm25's without counting anything. Registered once per SQLite connection (FTS5 keeps it with the handle).
/// <para>
/// <c>kdrama_window(search_entries, tally, read, cap, rank cap[, weight…, entries…])</c>: counts each row a read newest
/// first gives into the tally the command opened (<see cref="Fts5WindowTally"/>, found by its token): its place among
/// the read's rows of its kind, the kind's first, cap-th and rank cap-th position; with the weights and entries it also
/// ranks the first rank cap rows of each kind, as kdrama_bm25 would. It returns nothing (NULL): what it found is in the tally.
/// </para>
/// </summary>
internal static unsafe class Fts5Ranking
{
    public const string Function = "kdrama_bm25";

    /// <summary>A read's count and ranking of each kind's newest rows into a tally (see the class's remarks).</summary>
    public const string WindowFunction = "kdrama_window";

    /// <summary><see cref="WindowFunction"/>'s arguments before the weights: the tally's token, the read, the cap, the rank cap.</summary>
    private const int WindowArguments = 4;

    private const int SqliteOk = 0;
    private const int SqliteRow = 100;
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The native connections the function was registered on (a pooled connection keeps its handle).</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Registered = [];

    /// <summary>Registers the functions on an open connection, once per native connection.</summary>
    public static void Register(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (Registered.TryGetValue(handle, out _))
        {
            return;
        }
        var api = Api(handle.DangerousGetHandle());
        CreateFunction(api, Function, &Rank);
        CreateFunction(api, WindowFunction, &Window);
        Registered.AddOrUpdate(handle, Function);
    }

    private static void CreateFunction(Fts5Api* api, string name, delegate* unmanaged<Fts5ExtensionApi*, nint, nint, int, nint*, void> function)
    {
        fixed (byte* utf8 = System.Text.Encoding.UTF8.GetBytes(name + "\0"))
        {
            Check(api->CreateFunction(api, utf8, null, function, null), "registering " + name);
        }
    }

    /// <summary>The connection's FTS5 API, as its documentation says to get it: <c>SELECT fts5(?1)</c> with a typed pointer bound.</summary>
    private static Fts5Api* Api(nint db)
    {
        nint statement;
        fixed (byte* sql = "SELECT fts5(?1)\0"u8)
        {
            Check(NativeMethods.sqlite3_prepare_v2(db, sql, -1, &statement, null), "preparing SELECT fts5(?1)");
        }
        try
        {
            Fts5Api* api = null;
            fixed (byte* type = "fts5_api_ptr\0"u8)
            {
                Check(NativeMethods.sqlite3_bind_pointer(statement, 1, &api, type, 0), "binding the fts5_api pointer");
                var step = NativeMethods.sqlite3_step(statement);
                if (step != SqliteRow)
                {
                    Check(step, "reading the fts5_api pointer");
                }
            }
            return api is not null ? api : throw new InvalidOperationException("SQLite gave no FTS5 API.");
        }
        finally
        {
            _ = NativeMethods.sqlite3_finalize(statement);
        }
    }

    private static void Check(int code, string what)
    {
        if (code != SqliteOk)
        {
            throw new InvalidOperationException($"SQLite error {code} {what}.");
        }
    }

    // fts5_aux.c's fts5Bm25Function, with the IDFs from the arguments: per phrase the weighted count of its instances
    // in the row, the row's size in tokens against the average, summed over the phrases, negated (lower is better).
    // Nothing here may throw: SQLite calls it.
    [UnmanagedCallersOnly]
    private static void Rank(Fts5ExtensionApi* api, nint fts, nint context, int count, nint* values)
    {
        var totals = default(TableTotals);
        var code = Score(api, fts, count, values, ref totals, out var score);
        if (code == SqliteOk)
        {
            NativeMethods.sqlite3_result_double(context, score);
        }
        else
        {
            ReportError(context, code);
        }
    }

    /// <summary>Score's code for arguments that do not fit the table's columns and the query's phrases.</summary>
    private const int WrongArguments = -1;

    private static void ReportError(nint context, int code)
    {
        if (code != WrongArguments)
        {
            NativeMethods.sqlite3_result_error_code(context, code);
            return;
        }
        fixed (byte* message = "kdrama_bm25, kdrama_window: give a weight per column and an entry count per phrase\0"u8)
        {
            NativeMethods.sqlite3_result_error(context, message, -1);
        }
    }

    // Called for every row of a read (a thousand for a common word): for most it only counts, by the rowid, and ranks
    // the first rows of each kind. Nothing may throw through SQLite's frames: an allocation that fails is SQLite's
    // out-of-memory error for the statement.
    [UnmanagedCallersOnly]
    private static void Window(Fts5ExtensionApi* api, nint fts, nint context, int count, nint* values)
    {
        if (count < WindowArguments)
        {
            fixed (byte* message = "kdrama_window: give the tally, the read, the cap and the rank cap first\0"u8)
            {
                NativeMethods.sqlite3_result_error(context, message, -1);
            }
            return;
        }
        if (Fts5WindowTally.Find(NativeMethods.sqlite3_value_int64(values[0])) is not { } tally)
        {
            fixed (byte* message = "kdrama_window: no open tally has this token\0"u8)
            {
                NativeMethods.sqlite3_result_error(context, message, -1);
            }
            return;
        }
        try
        {
            var position = api->Rowid(fts);
            if (tally.Count(Argument(values[1]), position, Argument(values[2]), Argument(values[3])) && count > WindowArguments)
            {
                var code = Score(api, fts, count - WindowArguments, values + WindowArguments, ref tally.Totals, out var score);
                if (code == SqliteOk)
                {
                    tally.AddRanked(position, score);
                }
                else
                {
                    ReportError(context, code);
                }
            }
        }
        catch (OutOfMemoryException)
        {
            NativeMethods.sqlite3_result_error_nomem(context);
        }
    }

    private static int Argument(nint value) => (int)Math.Clamp(NativeMethods.sqlite3_value_int64(value), 0, int.MaxValue);

    /// <summary>
    /// The row's rank (lower is better), or SQLite's error code (<see cref="WrongArguments"/> for arguments that do not fit).
    /// The table's totals are read into <paramref name="totals"/> if it has none yet: FTS5 reads them from the index at
    /// every call of xRowCount and xColumnTotalSize (two reads of its averages record per row ranked, a third of ranking's
    /// cost), where its own bm25 keeps them for the command; a caller ranking many rows of one command passes the same.
    /// </summary>
    private static int Score(Fts5ExtensionApi* api, nint fts, int count, nint* values, ref TableTotals totals, out double score)
    {
        score = 0;
        var columns = api->ColumnCount(fts);
        var phrases = api->PhraseCount(fts);
        if (count != columns + phrases || phrases > 256)
        {
            return WrongArguments;
        }
        int instances = 0, size = 0;
        var code = totals.Read ? SqliteOk : ReadTotals(api, fts, ref totals);
        var (rows, tokens) = (totals.Rows, totals.Tokens);
        code = code == SqliteOk ? api->InstCount(fts, &instances) : code;
        var frequencies = stackalloc double[phrases];
        for (var i = 0; i < phrases; i++)
        {
            frequencies[i] = 0;
        }
        for (var i = 0; code == SqliteOk && i < instances; i++)
        {
            int phrase = 0, column = 0, offset = 0;
            code = api->Inst(fts, i, &phrase, &column, &offset);
            if (code == SqliteOk)
            {
                frequencies[phrase] += NativeMethods.sqlite3_value_double(values[column]);
            }
        }
        code = code == SqliteOk ? api->ColumnSize(fts, -1, &size) : code;
        if (code != SqliteOk)
        {
            return code;
        }
        var average = (double)tokens / (double)rows;
        for (var i = 0; i < phrases; i++)
        {
            var hits = NativeMethods.sqlite3_value_int64(values[columns + i]);
            var idf = hits < 0 ? 1.0 : Math.Log((rows - hits + 0.5) / (hits + 0.5));
            if (idf <= 0.0)
            {
                idf = 1e-6;
            }
            score += idf * (frequencies[i] * (K1 + 1.0) / (frequencies[i] + K1 * (1 - B + B * size / average)));
        }
        score = -1.0 * score;
        return SqliteOk;
    }

    private static int ReadTotals(Fts5ExtensionApi* api, nint fts, ref TableTotals totals)
    {
        long rows = 0, tokens = 0;
        var code = api->RowCount(fts, &rows);
        code = code == SqliteOk ? api->ColumnTotalSize(fts, -1, &tokens) : code;
        if (code == SqliteOk)
        {
            totals = new TableTotals(true, rows, tokens);
        }
        return code;
    }

    /// <summary>fts5.h's <c>fts5_api</c>, as far as creating a function.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5Api
    {
        public int Version;
        public nint CreateTokenizer;
        public nint FindTokenizer;
        public delegate* unmanaged<Fts5Api*, byte*, void*, delegate* unmanaged<Fts5ExtensionApi*, nint, nint, int, nint*, void>, void*, int> CreateFunction;
    }

    /// <summary>
    /// fts5.h's <c>Fts5ExtensionApi</c>, as far as <c>xColumnSize</c>. The calls made for every row a read passes (a
    /// thousand for a common word) only read a field and never call back, so they skip the GC transition; the ones
    /// made for the rows ranked may read the index and keep it.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5ExtensionApi
    {
        public int Version;
        public nint UserData;
        public delegate* unmanaged[SuppressGCTransition]<nint, int> ColumnCount;
        public delegate* unmanaged<nint, long*, int> RowCount;
        public delegate* unmanaged<nint, int, long*, int> ColumnTotalSize;
        public nint Tokenize;
        public delegate* unmanaged[SuppressGCTransition]<nint, int> PhraseCount;
        public nint PhraseSize;
        public delegate* unmanaged<nint, int*, int> InstCount;
        public delegate* unmanaged<nint, int, int*, int*, int*, int> Inst;
        public delegate* unmanaged[SuppressGCTransition]<nint, long> Rowid;
        public nint ColumnText;
        public delegate* unmanaged<nint, int, int*, int> ColumnSize;
    }

    /// <summary>The SQLite library Microsoft.Data.Sqlite runs on (SQLitePCLRaw's bundled e_sqlite3).</summary>
    private static class NativeMethods
    {
        private const string Library = "e_sqlite3";

        [DllImport(Library)]
        public static extern int sqlite3_prepare_v2(nint db, byte* sql, int bytes, nint* statement, byte** tail);

        [DllImport(Library)]
        public static extern int sqlite3_bind_pointer(nint statement, int index, void* pointer, byte* type, nint destructor);

        [DllImport(Library)]
        public static extern int sqlite3_step(nint statement);

        [DllImport(Library)]
        public static extern int sqlite3_finalize(nint statement);

        [DllImport(Library), SuppressGCTransition]
        public static extern double sqlite3_value_double(nint value);

        [DllImport(Library), SuppressGCTransition]
        public static extern long sqlite3_value_int64(nint value);

        [DllImport(Library), SuppressGCTransition]
        public static extern void sqlite3_result_double(nint context, double value);

        [DllImport(Library)]
        public static extern void sqlite3_result_error(nint context, byte* message, int bytes);

        [DllImport(Library)]
        public static extern void sqlite3_result_error_code(nint context, int code);

        [DllImport(Library)]
        public static extern void sqlite3_result_error_nomem(nint context);

    }
}

/// <summary>The table's entries and tokens in all columns, as bm25 reads them for its average entry size; <see cref="Read"/> once read.</summary>
internal readonly record struct TableTotals(bool Read, long Rows, long Tokens);
