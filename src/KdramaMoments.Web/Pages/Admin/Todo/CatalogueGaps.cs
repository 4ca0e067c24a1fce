using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Todo;

/// <summary>One entry of a to-do list: what to fix (a drama with its year) and a word on where it is.</summary>
public sealed record GapRow(int Id, string Name, string? Detail, int? Year = null);

/// <summary>
/// One kind of gap in the catalogue, as a query the database filters, counts and pages (never a load of the catalogue),
/// and the address of the form that fixes an entry.
/// </summary>
public sealed record GapList(string Key, string Heading, string Fix, Func<KdramaDbContext, IQueryable<GapRow>> Query, Func<GapRow, string> EditHref);

/// <summary>The editors' to-do lists: what the importer could not know or got wrong, each a link to its edit form.</summary>
public static class CatalogueGaps
{
    public static readonly IReadOnlyList<GapList> Lists =
    [
        new("dramas-without-year", "Dramas without a year", "Add the year of the first broadcast.",
            // The dramas with most moments first: their year is seen most.
            db => db.Dramas.Where(d => d.Year == null).OrderByDescending(d => d.Moments.Count).ThenBy(d => d.Title)
                .Select(d => new GapRow(d.Id, d.Title, d.HangulTitle)),
            row => "/admin/dramas/edit/" + Number(row.Id)),
        new("dramas-without-hangul-title", "Dramas without a Hangul title", "Add the Korean title: fans search by it.",
            db => db.Dramas.Where(d => d.HangulTitle == null || d.HangulTitle == "").OrderByDescending(d => d.Moments.Count).ThenBy(d => d.Title)
                .Select(d => new GapRow(d.Id, d.Title, null, d.Year)),
            row => "/admin/dramas/edit/" + Number(row.Id)),
        new("characters-without-actor", "Characters without an actor", "Say who plays them.",
            db => db.Characters.Where(c => c.ActorId == null).OrderBy(c => c.Drama.Title).ThenBy(c => c.Name)
                .Select(c => new GapRow(c.Id, c.Name, c.Drama.Title)),
            row => "/admin/characters/edit/" + Number(row.Id)),
        new("actors-without-role", "Actors without a role", "Give them a character, merge them into the actor they are, or delete them.",
            db => db.Actors.Where(a => !a.Characters.Any()).OrderBy(a => a.Name)
                .Select(a => new GapRow(a.Id, a.Name, null)),
            row => "/admin/actors/edit/" + Number(row.Id)),
        new("moments-without-characters", "Moments without characters", "Name the characters the moment is about.",
            db => db.Moments.Where(m => !m.Characters.Any()).OrderBy(m => m.Drama.Title).ThenBy(m => m.Title)
                .Select(m => new GapRow(m.Id, m.Title, m.Drama.Title)),
            row => "/admin/moments/edit/" + Number(row.Id)),
        new("moment-titles", "Moment titles to rewrite", "Title the scene, not the list item: no drama name, no “A for B in Drama”.",
            db => db.Moments
                .Select(m => new
                {
                    m.Id,
                    m.Title,
                    Drama = m.Drama.Title,
                    // A heading's ways of naming its drama ("… in Goblin", "Kim Shin - Goblin", "Goblin: the rain", "(Goblin)");
                    // the drama's name as a word of the scene ("Grim Reaper and Goblin save Eun-tak") is not one.
                    NamesTheDrama = m.Title == m.Drama.Title || EF.Functions.Like(m.Title, "% in " + m.Drama.Title)
                        || EF.Functions.Like(m.Title, "% - " + m.Drama.Title) || EF.Functions.Like(m.Title, "% – " + m.Drama.Title)
                        || EF.Functions.Like(m.Title, "%, " + m.Drama.Title) || EF.Functions.Like(m.Title, "% | " + m.Drama.Title)
                        || EF.Functions.Like(m.Title, "%(" + m.Drama.Title + ")%") || EF.Functions.Like(m.Title, m.Drama.Title + ": %")
                        || EF.Functions.Like(m.Title, m.Drama.Title + " - %"),
                    RawHeading = EF.Functions.Like(m.Title, "% - %") || EF.Functions.Like(m.Title, "% – %") || EF.Functions.Like(m.Title, "% | %"),
                })
                .Where(m => m.NamesTheDrama || m.RawHeading)
                .OrderBy(m => m.Drama).ThenBy(m => m.Title)
                .Select(m => new GapRow(m.Id, m.Title, (m.NamesTheDrama ? "names the drama, " : "reads as a raw heading; ") + m.Drama)),
            row => "/admin/moments/edit/" + Number(row.Id)),
        new("article-titles", "Articles named by a sentence", "Give the article its headline (the import took a sentence of the text).",
            db => db.Articles.Where(a => EF.Functions.Like(a.Title, "%.") || EF.Functions.Like(a.Title, "%?") || EF.Functions.Like(a.Title, "%!") || a.Title.Length > 120)
                .OrderBy(a => a.Title)
                .Select(a => new GapRow(a.Id, a.Title, a.FileName)),
            // Articles are renamed on their list, found there by file name.
            row => "/admin/articles?q=" + Uri.EscapeDataString(row.Detail ?? "")),
    ];

    public static GapList? Find(string? key) => Lists.FirstOrDefault(l => l.Key == key);

    private static string Number(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
