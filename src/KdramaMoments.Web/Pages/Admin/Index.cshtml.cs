using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public IReadOnlyList<(string Label, string Href, int Count)> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sections =
        [
            ("Dramas", "/admin/dramas", await db.Dramas.CountAsync(cancellationToken)),
            ("Moments", "/admin/moments", await db.Moments.CountAsync(cancellationToken)),
            ("Actors", "/admin/actors", await db.Actors.CountAsync(cancellationToken)),
            ("Characters", "/admin/characters", await db.Characters.CountAsync(cancellationToken)),
            ("Tropes", "/admin/tags", await db.Tags.CountAsync(cancellationToken)),
            ("Articles", "/admin/articles", await db.Articles.CountAsync(cancellationToken)),
        ];
}
