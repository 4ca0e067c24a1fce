using System.ComponentModel.DataAnnotations;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Actors;

/// <summary>Create (no id) or edit an actor and the other spellings of the name; a name another actor answers to is refused.</summary>
public sealed class EditModel(KdramaDbContext db) : PageModel
{
    [BindProperty] public ActorInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? Slug { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is null)
        {
            return Page();
        }
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (actor is null)
        {
            return NotFound();
        }
        (Input, Slug) = (ActorInput.From(actor), actor.Slug);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var aliases = Input.AliasList();
        await NameClashes.RefuseTakenAsync(ModelState, NameClashes.NameAndAliases("Input.Name", Input.Name, aliases),
            name => db.Actors.Where(a => a.Id != id && (a.NormalizedName == Names.Normalize(name) || a.Aliases.Any(x => x.NormalizedName == Names.Normalize(name))))
                .Select(a => a.Name).FirstOrDefaultAsync(cancellationToken),
            (name, other) => $"“{name}” is already a name of the actor {other}. Merge the two if they are one person.");
        if (!ModelState.IsValid)
        {
            Slug = await db.Actors.Where(a => a.Id == id).Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken);
            return Page();
        }
        var name = Input.Name!.Trim();
        var yours = new ActorSnapshot("", name, string.IsNullOrWhiteSpace(Input.HangulName) ? null : Input.HangulName.Trim(), aliases);
        var outcome = await EditSave.SaveAsync<ActorSnapshot, Actor>(db, id, Input.Version,
            () => new Actor { Slug = "", Name = "", NormalizedName = "", CreatedAt = DateTime.UtcNow },
            async (actor, before) => yours with
            {
                Slug = await Addresses.SlugForAsync(db, EntityKind.Actor, actor.Id, actor.Slug, before?.Name, name, db.Actors.Where(a => a.Id != actor.Id).Select(a => a.Slug), cancellationToken),
            },
            User.Identity?.Name ?? "editor", cancellationToken);
        switch (outcome)
        {
            case EditSave.Outcome<ActorSnapshot>.Saved saved:
                TempData["StatusMessage"] = $"Saved {name}.";
                return Redirect($"/admin/actors/edit/{saved.Id}");
            case EditSave.Outcome<ActorSnapshot>.Stale stale:
                Slug = await db.Actors.Where(a => a.Id == id).Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken);
                return StaleForm.Answer(this, Input, stale, yours, "actor");
            default:
                return NotFound();
        }
    }
}

public sealed class ActorInput : IVersionedInput
{
    [Required(ErrorMessage = "Give the actor a name.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string? Name { get; set; }

    [StringLength(100)]
    [Display(Name = "Hangul name")]
    public string? HangulName { get; set; }

    [StringLength(2_000)]
    [Display(Name = "Other spellings (aliases), one per line")]
    public string? Aliases { get; set; }

    public long Version { get; set; }

    public static ActorInput From(Actor a) => new()
    {
        Name = a.Name,
        HangulName = a.HangulName,
        Aliases = AliasLines.Format(a.Aliases),
        Version = a.Version,
    };

    public IReadOnlyList<string> AliasList() => AliasLines.Parse(Aliases, Name);
}
