using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Dramas;

public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Sorts = [("listed", "Most listed"), ("year", "Newest first"), ("title", "Title A–Z")];

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public string SortOrDefault => Sorts.Any(s => s.Value == Sort) ? Sort! : "listed";

    public PagedList<DramaSummary> Dramas { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var summaries = db.Dramas.AsNoTracking().ToSummaries();
        summaries = SortOrDefault switch
        {
            "year" => summaries.OrderByDescending(d => d.Year).ThenBy(d => EF.Functions.Collate(d.Title, "NOCASE")),
            "title" => summaries.OrderBy(d => EF.Functions.Collate(d.Title, "NOCASE")),
            _ => summaries.OrderByMostListed(),
        };
        Dramas = await summaries.ToPagedListAsync(Paging.RequestedPage(Request), cancellationToken, size: 50);
    }
}
