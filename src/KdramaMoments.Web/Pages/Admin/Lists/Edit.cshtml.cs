using System.ComponentModel.DataAnnotations;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Pages.Admin.Lists;

/// <summary>
/// Create (no id) or edit a curated list in one form: title, address, introduction, whether readers see it, and its
/// moments (order by the position numbers, a note each, remove, add one by title). One save is one revision.
/// </summary>
public sealed class EditModel(KdramaDbContext db) : PageModel
{
    public const int MaxMoments = 200;

    /// <summary>Addresses under /lists/ that belong to other pages.</summary>
    private static readonly string[] Reserved = ["shared"];

    [BindProperty] public CuratedListInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? Slug { get; private set; }

    /// <summary>Each row's moment as the editor reads it (a moment deleted since is missing here and leaves on save).</summary>
    public IReadOnlyDictionary<int, (string Title, string Drama, string Slug)> MomentNames { get; private set; } = new Dictionary<int, (string, string, string)>();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            var list = await db.CuratedLists.AsNoTracking().Include(l => l.Items).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
            if (list is null)
            {
                return NotFound();
            }
            Input = CuratedListInput.From(list);
            Slug = list.Slug;
        }
        Id = id;
        await NameMomentsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var added = await MomentToAddAsync(cancellationToken);
        var slug = Names.Slugify(string.IsNullOrWhiteSpace(Input.Slug) ? Input.Title : Input.Slug);
        // An address made from the title may be taken: the save then makes it unique, unless it is another page's.
        if (!string.IsNullOrWhiteSpace(Input.Slug) || Reserved.Contains(slug))
        {
            await NameClashes.RefuseTakenAsync(ModelState, [("Input.Slug", slug)], SlugTakenByAsync(id, cancellationToken),
                (name, other) => $"The address /lists/{name} is {other}. Choose another.");
        }
        var entries = Input.Ordered().Concat(added is null ? [] : [new CuratedListEntry(added.Value, FormText.OrNull(Input.AddNote))]).ToList();
        if (entries.Count > MaxMoments)
        {
            ModelState.AddModelError("Input.AddMoment", $"A list holds up to {MaxMoments} moments.");
        }
        if (!ModelState.IsValid)
        {
            Slug = id is null ? null : await db.CuratedLists.Where(l => l.Id == id).Select(l => l.Slug).FirstOrDefaultAsync(cancellationToken);
            await NameMomentsAsync(cancellationToken);
            return Page();
        }
        var title = Input.Title.Trim();
        var yours = new CuratedListSnapshot(slug, title, FormText.OrNull(Input.Intro), Input.Published, entries);
        var outcome = await EditSave.SaveAsync<CuratedListSnapshot, CuratedList>(db, id, Input.Version,
            () => new CuratedList { Slug = "", Title = "", CreatedAt = DateTime.UtcNow },
            // No address typed: one made from the title that no other list answers to.
            async (list, _) => string.IsNullOrWhiteSpace(Input.Slug)
                ? yours with { Slug = await Addresses.NewSlugAsync(db, EntityKind.List, list.Id, title, db.CuratedLists.Where(l => l.Id != list.Id).Select(l => l.Slug), cancellationToken) }
                : yours,
            User.Identity?.Name ?? "editor", cancellationToken);
        switch (outcome)
        {
            case EditSave.Outcome<CuratedListSnapshot>.Saved saved:
                TempData["StatusMessage"] = added is null ? $"Saved “{title}”." : $"Saved “{title}” with the moment added.";
                return Redirect($"/admin/lists/edit/{saved.Id}");
            case EditSave.Outcome<CuratedListSnapshot>.Stale stale:
                Slug = await db.CuratedLists.Where(l => l.Id == id).Select(l => l.Slug).FirstOrDefaultAsync(cancellationToken);
                await NameMomentsAsync(cancellationToken);
                return StaleForm.Answer(this, Input, stale, yours, "list");
            default:
                return NotFound();
        }
    }

    /// <summary>Who else answers to an address: another list (now or formerly), or another page of the site.</summary>
    private Func<string, Task<string?>> SlugTakenByAsync(int? id, CancellationToken cancellationToken) => async slug =>
        Reserved.Contains(slug) ? "another page of the site"
        : await db.CuratedLists.Where(l => l.Id != id && l.Slug == slug).Select(l => "the list “" + l.Title + "”").FirstOrDefaultAsync(cancellationToken)
            ?? await db.SlugRedirects.Where(r => r.EntityType == EntityKind.List.Name() && r.OldSlug == slug && r.TargetId != id)
                .Join(db.CuratedLists, r => r.TargetId, l => l.Id, (r, l) => "a former address of the list “" + l.Title + "”").FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The moment typed or picked in the add field: its address (what the picker fills in) or its exact title. Null
    /// when the field is empty; an error beside the field when no moment, or more than one, answers to it.
    /// </summary>
    private async Task<int?> MomentToAddAsync(CancellationToken cancellationToken)
    {
        var typed = Input.AddMoment?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return null;
        }
        var matches = await db.Moments.AsNoTracking().Where(m => m.Slug == typed).Select(m => m.Id).ToListAsync(cancellationToken);
        if (matches.Count == 0)
        {
            matches = await db.Moments.AsNoTracking().Where(m => m.Title == typed).Select(m => m.Id).Take(2).ToListAsync(cancellationToken);
        }
        var error = matches.Count switch
        {
            0 => $"No moment is called “{typed}”. Type a few words and pick one of the suggestions.",
            > 1 => $"More than one moment is called “{typed}”. Pick one of the suggestions, which name each by its address.",
            _ when Input.Entries.Any(e => e.MomentId == matches[0] && !e.Remove) => $"“{typed}” is on the list already.",
            _ => null,
        };
        if (error is not null)
        {
            ModelState.AddModelError("Input.AddMoment", error);
            return null;
        }
        return matches[0];
    }

    private async Task NameMomentsAsync(CancellationToken cancellationToken)
    {
        var ids = Input.Entries.Select(e => e.MomentId).ToList();
        MomentNames = (await db.Moments.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Title, Drama = m.Drama.Title, m.Slug }).ToListAsync(cancellationToken))
            .ToDictionary(m => m.Id, m => (m.Title, m.Drama, m.Slug));
    }


    public sealed class CuratedListInput : IVersionedInput
    {
        [Required(ErrorMessage = "Give the list a title.")]
        [StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
        public string Title { get; set; } = "";

        [StringLength(100, ErrorMessage = "Keep the address under 100 characters.")]
        [Display(Name = "Address: /lists/…")]
        public string? Slug { get; set; }

        [StringLength(20_000, ErrorMessage = "Keep the introduction under 20,000 characters.")]
        [Display(Name = "Introduction (Markdown)")]
        public string? Intro { get; set; }

        [Display(Name = "Published: readers see it at its address and under Lists")]
        public bool Published { get; set; }

        public long Version { get; set; }

        [MaxLength(MaxMoments)]
        public List<EntryInput> Entries { get; set; } = [];

        [StringLength(300)]
        [Display(Name = "Add a moment")]
        public string? AddMoment { get; set; }

        [StringLength(4_000, ErrorMessage = "Keep a note under 4,000 characters.")]
        [Display(Name = "Its note (Markdown)")]
        public string? AddNote { get; set; }

        public static CuratedListInput From(CuratedList l) => new()
        {
            Title = l.Title,
            Slug = l.Slug,
            Intro = l.Intro,
            Published = l.Published,
            Version = l.Version,
            Entries = l.Items.OrderBy(i => i.Position).Select((i, n) => new EntryInput { MomentId = i.MomentId, Position = n + 1, Note = i.Note }).ToList(),
        };

        /// <summary>The rows kept, by the position numbers the editor set (ties keep the form's order), each moment once.</summary>
        public IEnumerable<CuratedListEntry> Ordered() =>
            Entries.Select((e, index) => (Entry: e, Index: index))
                .Where(x => !x.Entry.Remove && x.Entry.MomentId > 0)
                .OrderBy(x => x.Entry.Position).ThenBy(x => x.Index)
                .Select(x => new CuratedListEntry(x.Entry.MomentId, FormText.OrNull(x.Entry.Note)))
                .DistinctBy(e => e.MomentId);
    }

    public sealed class EntryInput
    {
        public int MomentId { get; set; }

        [Range(1, 999, ErrorMessage = "A position between 1 and 999.")]
        public int Position { get; set; }

        [StringLength(4_000, ErrorMessage = "Keep a note under 4,000 characters.")]
        public string? Note { get; set; }

        public bool Remove { get; set; }
    }
}
