using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using KdramaMoments.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Admin.Merge;

/// <summary>
/// Merge two dramas, actors, characters or moments: the plan is previewed, then carried out on confirmation.
/// Each field takes an address or a name: a name is looked up in the search index (the same suggestions the
/// picker shows as you type), so the form works without script; several matches are offered as choices.
/// </summary>
public sealed class IndexModel(KdramaDbContext db, SiteSearch search) : PageModel
{
    private const int Choices = 8;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? Into { get; set; }

    /// <summary>The kind <see cref="Type"/> names, when it is one that merges.</summary>
    private EntityKind? Kind => EntityKinds.FromName(Type) is { } kind && Merger.Kinds.Contains(kind) ? kind : null;

    public Merger.Plan? Plan { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>When a name matched several entities: the field, what was typed, and the candidates.</summary>
    public IReadOnlyList<Choice> ChoicesToMake { get; private set; } = [];

    public sealed record Choice(string Field, string Typed, IReadOnlyList<SearchResult> Candidates);

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
        return Redirect($"/admin/history/{Plan.Kind.Name()}/{Plan.IntoId}");
    }

    /// <summary>The address of the same form with one field replaced (the links of a choice).</summary>
    public string With(string field, string slug) => "/admin/merge" + QueryString.Create(new Dictionary<string, string?>
    {
        ["type"] = Type,
        ["from"] = field == "from" ? slug : From,
        ["into"] = field == "into" ? slug : Into,
    }).ToUriComponent();

    private async Task PlanAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(Into))
        {
            return;
        }
        if (Kind is not { } kind)
        {
            Problem = "Choose what to merge: a drama, actor, character or moment.";
            return;
        }
        var from = await PickAsync(kind, "from", From, cancellationToken);
        var into = await PickAsync(kind, "into", Into, cancellationToken);
        (From, Into) = (from ?? From?.Trim(), into ?? Into?.Trim());
        if (ChoicesToMake.Count > 0)
        {
            return;
        }
        Plan = from is null || into is null ? null : await Merger.PlanAsync(db, kind, from, into, cancellationToken);
        Problem = Plan is null ? $"Give the names or addresses of two different {Type}s that exist (an address is the part after /{Type}s/)." : Plan.Refusal;
    }

    /// <summary>The address a field names: itself when it is one, else the one entity of the kind the name finds.</summary>
    private async Task<string?> PickAsync(EntityKind kind, string field, string? typed, CancellationToken cancellationToken)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0 || await Merger.HasSlugAsync(db, kind, text, cancellationToken))
        {
            return text.Length == 0 ? null : text;
        }
        var candidates = await search.SuggestAsync(text, Choices, cancellationToken, kind);
        var named = candidates.Where(c => string.Equals(c.Title, text, StringComparison.OrdinalIgnoreCase)).ToList();
        var only = candidates.Count == 1 ? candidates[0] : named.Count == 1 ? named[0] : null;
        if (only is null && candidates.Count > 1)
        {
            ChoicesToMake = [.. ChoicesToMake, new Choice(field, text, candidates)];
        }
        return only?.Slug;
    }
}
