using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public IReadOnlyList<(string Label, string Href, string Detail)> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The catalogue's sizes are kept at write time (CatalogueTotals); the tropes, lists and changes are few beside them.
        var size = await CatalogueTotals.ReadAsync(db, cancellationToken);
        Sections =
        [
            ("To do", "/admin/todo", "gaps in the catalogue: missing years, actors, characters; titles to rewrite"),
            ("Dramas", "/admin/dramas", $"{size.Dramas} · titles, aliases, synopses"),
            ("Actors", "/admin/actors", $"{size.Actors} · names and other spellings"),
            ("Moments", "/admin/moments", $"{size.Moments} · titles, descriptions, quotes, tropes"),
            ("Characters", "/admin/characters", $"{size.Characters} · names, aliases, who plays them"),
            ("Articles", "/admin/articles", $"{size.Articles} · titles; delete"),
            ("Tropes", "/admin/tags", $"{await db.Tags.CountAsync(cancellationToken)} · rename, add, delete"),
            ("Couples", "/admin/couples", "correct who the pairing rule calls a couple"),
            ("Lists", "/admin/lists", $"{await db.CuratedLists.CountAsync(cancellationToken)} · moments chosen by the editors, with a note on each"),
            ("Merge duplicates", "/admin/merge", "dramas, actors, characters, moments"),
            ("Import an article", "/admin/import", "preview first, then save"),
            ("Recent changes", "/admin/changes", $"{await db.Revisions.CountAsync(cancellationToken)} recorded, each undoable"),
        ];
    }
}
