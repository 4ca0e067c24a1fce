using System.Collections.Concurrent;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Search;

/// <summary>
/// What <see cref="Fts5Ranking.WindowFunction"/> finds while a command's reads walk their matches newest first: per read
/// and kind, how many rows it gave and the positions at the first, the cap-th and the rank cap-th of them, and the rows
/// it ranked with their rank. Kept here, in .NET, as the rows pass: the command itself returns one row per read, so no
/// aggregate sorts the rows by kind and no rank crosses back as text.
/// A tally is found by the token the command passes to the function (<see cref="Token"/>), from the moment it is
/// opened to its disposal; a token the function does not find is its error, never another command's tally.
/// </summary>
internal sealed class Fts5WindowTally : IDisposable
{
    /// <summary>Kinds are small numbers (<see cref="EntityKind"/>); a row of a kind past them is not counted.</summary>
    public const int KindSlots = 16;

    private static readonly ConcurrentDictionary<long, Fts5WindowTally> Open = new();
    private static long lastToken;

    /// <summary>Each read's slots, a slot per kind. Written by one command's statement, on the thread stepping it.</summary>
    private readonly Kind[] kinds;

    private Fts5WindowTally(int reads)
    {
        kinds = new Kind[reads * KindSlots];
        Token = Interlocked.Increment(ref lastToken);
        Open[Token] = this;
    }

    /// <summary>The number the command gives the function to find this tally by.</summary>
    public long Token { get; }

    /// <summary>
    /// The table's totals for ranking, read at the first row the command ranks and kept for the others (a command reads
    /// one state of the table). A field, so ranking fills it in place.
    /// </summary>
    public TableTotals Totals;

    /// <summary>The rows ranked by all the reads, in the order they were read.</summary>
    public List<SearchHit> Ranked { get; } = [];

    /// <summary>A tally for a command of <paramref name="reads"/> reads, found by its token until disposed.</summary>
    public static Fts5WindowTally Start(int reads) => new(reads);

    public void Dispose() => Open.TryRemove(Token, out _);

    /// <summary>The open tally of a token; null for a token no command opened (the function then reports an error).</summary>
    public static Fts5WindowTally? Find(long token) => Open.TryGetValue(token, out var tally) ? tally : null;

    /// <summary>
    /// Counts a row of a read: its place among the read's rows of its kind, within the cap or not. Returns whether it is
    /// among the first <paramref name="rankCap"/> of its kind, the rows the read ranks (<see cref="AddRanked"/>).
    /// </summary>
    public bool Count(int read, long position, int cap, int rankCap)
    {
        var kind = SearchKinds.KindOf(position);
        if (read < 0 || read >= kinds.Length / KindSlots || kind < 0 || kind >= KindSlots)
        {
            return false;
        }
        ref var slot = ref kinds[(read * KindSlots) + kind];
        var place = ++slot.Count;
        if (place == 1)
        {
            slot.Highest = position;
        }
        if (place <= cap)
        {
            slot.Lowest = position;
        }
        if (place > rankCap)
        {
            return false;
        }
        slot.RankedLowest = position;
        return true;
    }

    public void AddRanked(long position, double rank) =>
        Ranked.Add(new SearchHit(position, SearchKinds.KindOf(position), SearchKinds.IdOf(position), rank));

    /// <summary>Each kind's window as a read found it (count, lowest within the cap, highest, lowest ranked), by read, then kind.</summary>
    public IEnumerable<KindWindow> Windows(int read)
    {
        for (var kind = 0; kind < KindSlots; kind++)
        {
            var slot = kinds[(read * KindSlots) + kind];
            if (slot.Count > 0)
            {
                yield return new KindWindow((EntityKind)kind, slot.Count, slot.Lowest, slot.Highest, slot.RankedLowest);
            }
        }
    }

    /// <summary>All the rows a read counted, of every kind (a check against the command's own count).</summary>
    public int Rows(int read)
    {
        var rows = 0;
        foreach (var kind in kinds.AsSpan(read * KindSlots, KindSlots))
        {
            rows += kind.Count;
        }
        return rows;
    }

    private struct Kind
    {
        public int Count;
        public long Highest;
        public long Lowest;
        public long RankedLowest;
    }
}
