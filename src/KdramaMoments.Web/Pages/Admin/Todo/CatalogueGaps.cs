using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;

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
            db => db.Dramas.Where(d => d.Year == null).OrderByDescending(d => d.MomentCount).ThenBy(d => d.Title).ThenBy(d => d.Id)
                .Select(d => new GapRow(d.Id, d.Title, d.HangulTitle)),
            row => "/admin/dramas/edit/" + Number(row.Id)),
        new("dramas-without-hangul-title", "Dramas without a Hangul title", "Add the Korean title: fans search by it.",
            db => db.Dramas.Where(d => d.HangulTitle == null || d.HangulTitle == "").OrderByDescending(d => d.MomentCount).ThenBy(d => d.Title).ThenBy(d => d.Id)
                .Select(d => new GapRow(d.Id, d.Title, null, d.Year)),
            row => "/admin/dramas/edit/" + Number(row.Id)),
        new("characters-without-actor", "Characters without an actor", "Say who plays them.",
            db => db.Characters.Where(c => c.ActorId == null).OrderBy(c => c.Drama.Title).ThenBy(c => c.Name)
                .Select(c => new GapRow(c.Id, c.Name, c.Drama.Title)),
            row => "/admin/characters/edit/" + Number(row.Id)),
        new("actors-without-role", "Actors without a role", "Give them a character, merge them into the actor they are, or delete them.",
            // A role is a character of a drama: an actor in no drama (the count kept at write time) has none.
            db => db.Actors.Where(a => a.DramaCount == 0).OrderBy(a => a.SortName).ThenBy(a => a.Slug)
                .Select(a => new GapRow(a.Id, a.Name, null)),
            row => "/admin/actors/edit/" + Number(row.Id)),
        new("moments-without-characters", "Moments without characters", "Name the characters the moment is about.",
            db => db.Moments.Where(m => m.CharacterCount == 0).OrderBy(m => m.SortDrama).ThenBy(m => m.Title).ThenBy(m => m.Id)
                .Select(m => new GapRow(m.Id, m.Title, m.SortDrama)),
            row => "/admin/moments/edit/" + Number(row.Id)),
        new("moment-titles", "Moment titles to rewrite", "Title the scene, not the list item: no drama name, no “A for B in Drama”.",
            // Each moment's title is judged at write time (MomentTitles.FaultOf).
            db => db.Moments.Where(m => m.TitleFault != MomentTitleFault.None).OrderBy(m => m.SortDrama).ThenBy(m => m.Title).ThenBy(m => m.Id)
                .Select(m => new GapRow(m.Id, m.Title, (m.TitleFault == MomentTitleFault.NamesTheDrama ? "names the drama, " : "reads as a raw heading; ") + m.SortDrama)),
            row => "/admin/moments/edit/" + Number(row.Id)),
        new("article-titles", "Articles named by a sentence", "Give the article its headline (the import took a sentence of the text).",
            // Each article's title is judged at write time (ArticleTitles.NamedBySentence).
            db => db.Articles.Where(a => a.NamedBySentence).OrderBy(a => a.SortTitle).ThenBy(a => a.FileName).ThenBy(a => a.Id)
                .Select(a => new GapRow(a.Id, a.Title, a.FileName)),
            // Articles are renamed on their list, found there by file name.
            row => "/admin/articles?q=" + Uri.EscapeDataString(row.Detail ?? "")),
    ];

    public static GapList? Find(string? key) => Lists.FirstOrDefault(l => l.Key == key);

    private static string Number(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
