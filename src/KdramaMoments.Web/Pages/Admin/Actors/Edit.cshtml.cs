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
    public ActorSnapshot? Theirs { get; private set; }

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
        foreach (var (field, candidate) in aliases.Select(a => (Field: "Input.Aliases", Name: a)).Prepend((Field: "Input.Name", Name: Input.Name ?? "")).Where(n => n.Name.Length > 0))
        {
            var key = Names.Normalize(candidate);
            var other = await db.Actors.Where(a => a.Id != id && (a.NormalizedName == key || a.Aliases.Any(x => x.NormalizedName == key))).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
            if (other is not null)
            {
                ModelState.AddModelError(field, $"“{candidate.Trim()}” is already a name of the actor {other}. Merge the two if they are one person.");
            }
        }
        if (!ModelState.IsValid)
        {
            Slug = await db.Actors.Where(a => a.Id == id).Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken);
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actor = id is null ? null : await ActorSnapshot.LoadAsync(db, id.Value, cancellationToken);
        if (id is not null && actor is null)
        {
            return NotFound();
        }
        var before = actor is null ? null : ActorSnapshot.Capture(actor);
        if (actor is null)
        {
            actor = new Actor { Slug = "", Name = "", NormalizedName = "", CreatedAt = DateTime.UtcNow };
            db.Actors.Add(actor);
        }
        else if (actor.Version != Input.Version)
        {
            (Theirs, Input.Version) = (before, actor.Version);
            ModelState.Remove("Input.Version");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        else
        {
            db.Entry(actor).Property(a => a.Version).OriginalValue = Input.Version;
        }
        var name = Input.Name!.Trim();
        var slug = actor.Slug;
        if (before is null || before.Name != name)
        {
            slug = await Addresses.NewSlugAsync(db, "actor", actor.Id, name, db.Actors.Where(a => a.Id != actor.Id).Select(a => a.Slug), cancellationToken);
        }
        await new ActorSnapshot(slug, name, string.IsNullOrWhiteSpace(Input.HangulName) ? null : Input.HangulName.Trim(), aliases).ApplyToAsync(db, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        RevisionLog.Record(db, User.Identity?.Name ?? "editor", "actor", actor.Id, id is null ? "create" : "edit", before, ActorSnapshot.Capture(actor));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["StatusMessage"] = $"Saved {actor.Name}.";
        return Redirect($"/admin/actors/edit/{actor.Id}");
    }
}

public sealed class ActorInput
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
