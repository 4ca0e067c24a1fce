namespace KdramaMoments.Web.Importing;

/// <summary>
/// The romanisation keys and name words of the names one item's reading compares, each computed once: the cast steps compare every
/// credit's names with every other's and with the cast list's, so without this an item of a listed drama recomputes
/// the same few keys hundreds of times (the paste of 999 listed-drama items in the README, "Hostile input").
/// Opened by <see cref="CastReader.Read"/> for one item; closed with it, so it never holds more than one item's names.
/// </summary>
internal sealed class NameKeys : IDisposable
{
    /// <summary>An item naming more distinct spellings than this is hostile; the rest are computed each time, uncached.</summary>
    internal const int MaxNames = 4096;

    [ThreadStatic]
    private static NameKeys? current;

    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> words = new(StringComparer.Ordinal);
    private readonly bool owner;

    private NameKeys(bool owner) => this.owner = owner;

    /// <summary>Opens the cache for this thread, or joins the one already open (a nested read shares its item's keys).</summary>
    public static NameKeys Open()
    {
        if (current is not null)
        {
            return new NameKeys(owner: false);
        }
        current = new NameKeys(owner: true);
        return current;
    }

    /// <summary>The key of <paramref name="name"/>, from the open cache when there is one.</summary>
    public static string Of(string name, Func<string, string> compute) => Memo(current?.keys, name, compute);

    /// <summary>The name words of <paramref name="name"/> in comparison form, from the open cache when there is one.</summary>
    public static string[] WordsOf(string name, Func<string, string[]> compute) => Memo(current?.words, name, compute);

    private static T Memo<T>(Dictionary<string, T>? cache, string name, Func<string, T> compute)
    {
        if (cache is null)
        {
            return compute(name);
        }
        if (cache.TryGetValue(name, out var value))
        {
            return value;
        }
        value = compute(name);
        if (cache.Count < MaxNames)
        {
            cache[name] = value;
        }
        return value;
    }

    public void Dispose()
    {
        if (owner && ReferenceEquals(current, this))
        {
            current = null;
        }
    }
}
