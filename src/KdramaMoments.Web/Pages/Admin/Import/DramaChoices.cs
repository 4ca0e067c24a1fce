using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Import;

/// <summary>
/// The catalogue dramas an item may really be about, offered as suggestions in its drama field: those sharing a
/// word of its title or one of its actors. Any other title can still be typed; it is found by title or alias.
/// </summary>
public static class DramaChoices
{
    private const int PerItem = 12;

    // Words too common in titles to suggest a drama by.
    private static readonly HashSet<string> Common = ["the", "and", "for", "with", "you", "your", "who", "are", "from", "its", "not", "that", "this"];

    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> ForAsync(KdramaDbContext db, ParsedArticle article, CancellationToken cancellationToken)
    {
        var dramas = await db.Dramas.AsNoTracking()
            .Select(d => new { d.Id, d.Title, Aliases = d.Aliases.Select(a => a.Name).ToList() })
            .ToListAsync(cancellationToken);
        var actorKeys = article.Items.SelectMany(i => i.Cast).Select(c => c.Actor).OfType<string>().Select(Names.Normalize).ToHashSet();
        var dramasOfActors = await db.Characters.AsNoTracking()
            .Where(c => c.Actor != null && actorKeys.Contains(c.Actor.NormalizedName))
            .Select(c => new { c.DramaId, Actor = c.Actor!.NormalizedName })
            .ToListAsync(cancellationToken);
        var words = dramas.ToDictionary(d => d.Id, d => d.Aliases.Prepend(d.Title).SelectMany(Words).ToHashSet());

        var choices = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var item in article.Items)
        {
            var itemWords = item.Drama.AlternateTitles.Prepend(item.Drama.Title).SelectMany(Words).ToHashSet();
            var itemActors = item.Cast.Select(c => c.Actor).OfType<string>().Select(Names.Normalize).ToHashSet();
            choices[item.Position] = dramas
                .Select(d => (d.Title, Score: words[d.Id].Count(itemWords.Contains)
                    + 2 * dramasOfActors.Where(x => x.DramaId == d.Id).Select(x => x.Actor).Distinct().Count(itemActors.Contains)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.Title, StringComparer.OrdinalIgnoreCase)
                .Take(PerItem)
                .Select(x => x.Title)
                .ToList();
        }
        return choices;
    }

    private static IEnumerable<string> Words(string title) =>
        title.Split([' ', '-', ':', ',', '.', '!', '?', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Names.Normalize)
            .Where(w => w.Length >= 3 && !Common.Contains(w));
}
