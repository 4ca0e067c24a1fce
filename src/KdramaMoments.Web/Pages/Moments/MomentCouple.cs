using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Moments;

/// <summary>One moment of a drama and the characters in it.</summary>
public sealed record MomentCasting(int Id, IReadOnlyCollection<int> Characters);

/// <summary>A character of a moment, as the couple is chosen from them.</summary>
public sealed record ScenePerson(int Id, string Name);

/// <summary>
/// Who a moment is about. The catalogue does not mark a couple, so it is read from what is there: of the
/// moment's characters, the two its title names ("Eun-tak and Kim Shin: the rescue"), then the two the
/// drama's moments put together most often, then the two who appear in most of its moments. Everyone
/// else in the scene — a rival, a villain — comes after them.
/// </summary>
public static class MomentCouple
{
    /// <param name="characters">The moment's characters, in the order to keep among equals.</param>
    /// <param name="title">The moment's title ("" when there is none to read).</param>
    /// <param name="dramaMoments">The characters of every moment of the drama (this one included).</param>
    public static IReadOnlyList<int> Pick(IReadOnlyList<ScenePerson> characters, string title, IReadOnlyList<MomentCasting> dramaMoments)
    {
        if (characters.Count <= 2)
        {
            return characters.Select(c => c.Id).ToList();
        }
        var foldedTitle = Names.Normalize(title);
        int Named(ScenePerson c) => NameKeys(c.Name).Any(foldedTitle.Contains) ? 1 : 0;
        int Appearances(int id) => dramaMoments.Count(m => m.Characters.Contains(id));
        int Together(int a, int b) => dramaMoments.Count(m => m.Characters.Contains(a) && m.Characters.Contains(b));
        var pairs =
            from i in Enumerable.Range(0, characters.Count)
            from j in Enumerable.Range(i + 1, characters.Count - i - 1)
            let a = characters[i]
            let b = characters[j]
            select (a.Id, b: b.Id, named: Named(a) + Named(b), together: Together(a.Id, b.Id), each: Appearances(a.Id) + Appearances(b.Id));
        var best = pairs.OrderByDescending(p => p.named).ThenByDescending(p => p.together).ThenByDescending(p => p.each).First();
        return [best.Id, best.b];
    }

    /// <summary>Every moment of a drama with its characters: what <see cref="Pick"/> weighs.</summary>
    public static async Task<IReadOnlyList<MomentCasting>> CastingsAsync(KdramaDbContext db, int dramaId, CancellationToken cancellationToken) =>
        (await db.Moments.AsNoTracking()
            .Where(m => m.DramaId == dramaId)
            .Select(m => new { m.Id, Characters = m.Characters.Select(c => c.Id).ToList() })
            .ToListAsync(cancellationToken))
        .Select(m => new MomentCasting(m.Id, m.Characters))
        .ToList();

    /// <summary>How a title may name a character: any two neighbouring words of the name ("Ji Eun Tak" → "jieun", "euntak"), or a one-word name whole.</summary>
    private static IEnumerable<string> NameKeys(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Names.Normalize).Where(w => w.Length > 0).ToArray();
        return words.Length == 1
            ? words
            : words.Zip(words.Skip(1), (first, second) => first + second);
    }
}
