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
/// <c>kdrama_bm25_newest(search_entries, quota, weight…, entries…)</c>: the same rank, for the first <c>quota</c> rows
/// of each kind (<see cref="SearchKinds.KindOf"/> of the rowid) the statement's cursor gives, NULL for the rows after
/// them. A read of each kind's newest matches (rowid descending) thereby ranks exactly each kind's newest
/// <c>quota</c> while it counts, where a second read would walk the same posting lists again to rank them.
/// </para>
/// <para>
/// <c>kdrama_place(search_entries)</c>: the row's place among the rows of its kind the statement's cursor has given so
/// far (1, 2, …), so that an aggregate over a read newest first finds each kind's n-th newest without sorting.
/// </para>
/// </summary>
internal static unsafe class Fts5Ranking
{
    public const string Function = "kdrama_bm25";

    /// <summary>The rank of each kind's first rows only (see the class's remarks).</summary>
    public const string NewestFunction = "kdrama_bm25_newest";

    /// <summary>The row's place among its kind's rows in the statement's read (see the class's remarks).</summary>
    public const string PlaceFunction = "kdrama_place";

    /// <summary>Counters per kind number kept by <see cref="NewestFunction"/> (kinds are small numbers, see <see cref="Domain.EntityKind"/>).</summary>
    private const int KindSlots = 16;

    /// <summary>Where the counters keep the quota per kind, after the kinds' slots.</summary>
    private const int QuotaSlot = KindSlots;

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
        CreateFunction(api, NewestFunction, &RankNewest);
        CreateFunction(api, PlaceFunction, &Place);
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
    private static void Rank(Fts5ExtensionApi* api, nint fts, nint context, int count, nint* values) => Score(api, fts, context, count, values);

    // The first argument is the quota per kind; the cursor's count of rows ranked per kind is its auxiliary data, which
    // FTS5 keeps per cursor (each read of a statement counts its own) and frees with it.
    [UnmanagedCallersOnly]
    private static void RankNewest(Fts5ExtensionApi* api, nint fts, nint context, int count, nint* values)
    {
        if (count < 1)
        {
            fixed (byte* message = "kdrama_bm25_newest: give the quota per kind first\0"u8)
            {
                NativeMethods.sqlite3_result_error(context, message, -1);
            }
            return;
        }
        // Most rows of a common word's read come after their kind's quota: for them the function only reads its
        // counters and the rowid, and leaves the result NULL, SQLite's default (no sqlite3_result_* call).
        var counters = (int*)api->GetAuxdata(fts, 0);
        if (counters is null)
        {
            counters = StartCounting(api, fts, context, (int)Math.Clamp(NativeMethods.sqlite3_value_int64(values[0]), 0, int.MaxValue));
            if (counters is null)
            {
                return;
            }
        }
        var kind = api->Rowid(fts) >> 32;
        if (kind >= 0 && kind < KindSlots)
        {
            if (counters[kind] >= counters[QuotaSlot])
            {
                return;
            }
            counters[kind]++;
        }
        Score(api, fts, context, count - 1, values + 1);
    }

    // The row's place among the rows of its kind the cursor has given (1 for the first), counted in the same auxiliary
    // data as RankNewest's, without a quota: a read newest first windows each kind at the cap-th and rank cap-th place
    // by an aggregate over its rows, with no copy of them kept to count offsets in.
    [UnmanagedCallersOnly]
    private static void Place(Fts5ExtensionApi* api, nint fts, nint context, int count, nint* values)
    {
        var counters = (int*)api->GetAuxdata(fts, 0);
        if (counters is null)
        {
            counters = StartCounting(api, fts, context, int.MaxValue);
            if (counters is null)
            {
                return;
            }
        }
        var kind = api->Rowid(fts) >> 32;
        if (kind >= 0 && kind < KindSlots)
        {
            NativeMethods.sqlite3_result_int64(context, ++counters[kind]);
        }
    }

    /// <summary>The cursor's counters (a slot per kind, then the quota), kept as its auxiliary data; null after reporting an error.</summary>
    private static int* StartCounting(Fts5ExtensionApi* api, nint fts, nint context, int quota)
    {
        // SQLite's allocator, so that running out of memory is SQLite's error for this statement, not an exception
        // thrown through SQLite's frames (which would end the process).
        var counters = (int*)NativeMethods.sqlite3_malloc64((KindSlots + 1) * sizeof(int));
        if (counters is null)
        {
            NativeMethods.sqlite3_result_error_nomem(context);
            return null;
        }
        new Span<int>(counters, KindSlots).Clear();
        counters[QuotaSlot] = quota;
        // On failure FTS5 has already freed it (it calls the destructor).
        var code = api->SetAuxdata(fts, counters, &Free);
        if (code != SqliteOk)
        {
            NativeMethods.sqlite3_result_error_code(context, code);
            return null;
        }
        return counters;
    }

    [UnmanagedCallersOnly]
    private static void Free(void* counts) => NativeMethods.sqlite3_free(counts);

    private static void Score(Fts5ExtensionApi* api, nint fts, nint context, int count, nint* values)
    {
        var columns = api->ColumnCount(fts);
        var phrases = api->PhraseCount(fts);
        if (count != columns + phrases || phrases > 256)
        {
            fixed (byte* message = "kdrama_bm25: give a weight per column and an entry count per phrase\0"u8)
            {
                NativeMethods.sqlite3_result_error(context, message, -1);
            }
            return;
        }
        long rows = 0, tokens = 0;
        int instances = 0, size = 0;
        var code = api->RowCount(fts, &rows);
        code = code == SqliteOk ? api->ColumnTotalSize(fts, -1, &tokens) : code;
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
            NativeMethods.sqlite3_result_error_code(context, code);
            return;
        }
        var average = (double)tokens / (double)rows;
        var score = 0.0;
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
        NativeMethods.sqlite3_result_double(context, -1.0 * score);
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
    /// fts5.h's <c>Fts5ExtensionApi</c>, as far as <c>xGetAuxdata</c>. The calls made for every row a read passes (a
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
        public nint QueryPhrase;
        public delegate* unmanaged<nint, void*, delegate* unmanaged<void*, void>, int> SetAuxdata;
        public delegate* unmanaged[SuppressGCTransition]<nint, int, void*> GetAuxdata;
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

        [DllImport(Library), SuppressGCTransition]
        public static extern void sqlite3_result_int64(nint context, long value);

        [DllImport(Library)]
        public static extern void sqlite3_result_error(nint context, byte* message, int bytes);

        [DllImport(Library)]
        public static extern void sqlite3_result_error_code(nint context, int code);

        [DllImport(Library)]
        public static extern void sqlite3_result_error_nomem(nint context);

        [DllImport(Library)]
        public static extern void* sqlite3_malloc64(ulong bytes);

        [DllImport(Library)]
        public static extern void sqlite3_free(void* pointer);
    }
}
