using KdramaMoments.Web.Data;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Admin.Merge;

/// <summary>Merge two dramas, actors, characters or moments: the plan is previewed, then carried out on confirmation.</summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? Into { get; set; }

    public Merger.Plan? Plan { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await PlanAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await PlanAsync(cancellationToken);
        if (Plan is null || Plan.Refusal is not null)
        {
            return Page();
        }
        await Merger.MergeAsync(db, Plan, User.Identity?.Name ?? "editor", cancellationToken);
        TempData["StatusMessage"] = $"Merged {Plan.FromName} into {Plan.IntoName}; “Undo the whole merge” below takes it back.";
        return Redirect($"/admin/history/{Plan.Type}/{Plan.IntoId}");
    }

    private async Task PlanAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(Into))
        {
            return;
        }
        if (!Merger.Types.Contains(Type))
        {
            Problem = "Choose what to merge: a drama, actor, character or moment.";
            return;
        }
        Plan = await Merger.PlanAsync(db, Type!, (From ?? "").Trim(), (Into ?? "").Trim(), cancellationToken);
        Problem = Plan is null ? $"Give the addresses of two different {Type}s that exist (the part after /{Type}s/)." : Plan.Refusal;
    }
}
