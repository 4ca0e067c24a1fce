using KdramaMoments.Web.Couples;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Couples;

/// <summary>
/// One drama's pairs of characters as the pairing rule reads them, and the editor's corrections: "not a couple",
/// "a couple", or back to the rule. Each correction is a revision, undoable from the history pages.
/// </summary>
public sealed class IndexModel(KdramaDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Drama { get; set; }

    [TempData] public string? StatusMessage { get; set; }

    public string? DramaTitle { get; private set; }
    public IReadOnlyList<Role> Roles { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Drama is not null && DramaTitle is null ? NotFound() : Page();
    }

    /// <summary>Says whether two characters of the drama are a couple, whatever the rule says.</summary>
    public async Task<IActionResult> OnPostSetAsync(int first, int second, bool isCouple, long version, CancellationToken cancellationToken)
    {
        var (a, b) = CoupleRule.Ordered(first, second);
        var dramas = await db.Characters.Where(c => c.Id == a || c.Id == b).Select(c => c.DramaId).ToListAsync(cancellationToken);
        if (a == b || dramas.Count != 2 || dramas[0] != dramas[1])
        {
            StatusMessage = "Not saved: choose two different characters of the same drama.";
            return Redirect(Here());
        }
        var existing = await db.PairingCorrections.AsNoTracking().Where(p => p.FirstCharacterId == a && p.SecondCharacterId == b)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var outcome = await EditSave.SaveAsync<PairingSnapshot, PairingCorrection>(db, existing, version,
            () => new PairingCorrection { FirstCharacterId = a, SecondCharacterId = b },
            (_, _) => Task.FromResult(new PairingSnapshot(a, b, isCouple)), User.Identity?.Name ?? "editor", cancellationToken);
        StatusMessage = outcome switch
        {
            EditSave.Outcome<PairingSnapshot>.Stale => "Not saved: another editor corrected this pair after you opened the page. Here is the pair as it is now.",
            EditSave.Outcome<PairingSnapshot>.Missing => "Not saved: that correction was removed meanwhile.",
            _ => isCouple ? "Saved: they are a couple." : "Saved: they are not a couple.",
        };
        return Redirect(Here());
    }

    /// <summary>Removes a correction: the pairing rule decides again.</summary>
    public async Task<IActionResult> OnPostClearAsync(int id, CancellationToken cancellationToken)
    {
        var removed = await EditSave.DeleteAsync<PairingSnapshot, PairingCorrection>(db, id, User.Identity?.Name ?? "editor", cancellationToken);
        StatusMessage = removed is null ? "That correction was already removed." : "The pairing rule decides this pair again.";
        return Redirect(Here());
    }

    private string Here() => Drama is null ? "/admin/couples" : $"/admin/couples?drama={Uri.EscapeDataString(Drama)}";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Drama is null)
        {
            return;
        }
        var drama = await db.Dramas.AsNoTracking().Where(d => d.Slug == Drama).Select(d => new { d.Id, d.Title }).FirstOrDefaultAsync(cancellationToken);
        if (drama is null)
        {
            return;
        }
        DramaTitle = drama.Title;
        Roles = await db.Characters.AsNoTracking().Where(c => c.DramaId == drama.Id).OrderBy(c => c.Name)
            .Select(c => new Role(c.Id, c.Slug, c.Name, c.Actor == null ? null : c.Actor.Name)).ToListAsync(cancellationToken);
        var shared = CoupleRule.Shared(await CoupleQueries.EvidenceAsync(db.Moments.Where(m => m.DramaId == drama.Id), cancellationToken));
        var corrections = await db.PairingCorrections.AsNoTracking().Where(p => p.FirstCharacter.DramaId == drama.Id)
            .ToDictionaryAsync(p => (p.FirstCharacterId, p.SecondCharacterId), cancellationToken);
        var byId = Roles.ToDictionary(r => r.Id);
        Rows = shared.Keys.Union(corrections.Keys)
            .Where(pair => byId.ContainsKey(pair.Item1) && byId.ContainsKey(pair.Item2))
            .Select(pair => new Row(byId[pair.Item1], byId[pair.Item2], shared.GetValueOrDefault(pair)?.Count ?? 0,
                CoupleRule.ReasonFor(shared.GetValueOrDefault(pair) ?? [], null), corrections.GetValueOrDefault(pair)))
            .OrderByDescending(r => r.SharedMoments).ThenBy(r => r.First.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public sealed record Role(int Id, string Slug, string Name, string? Actor)
    {
        public string Label => Actor is null ? Name : $"{Name} ({Actor})";
    }

    public sealed record Row(Role First, Role Second, int SharedMoments, PairReason? RuleReason, PairingCorrection? Correction)
    {
        public bool IsCouple => Correction?.IsCouple ?? RuleReason is not null;
    }
}
