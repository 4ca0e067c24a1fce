using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>One moment of a curated list as revisions store it: which moment, and the editor's note.</summary>
public sealed record CuratedListEntry(int MomentId, string? Note);

/// <summary>What an editor can change on a curated list, its moments in order included; revisions store it before and after.</summary>
public sealed record CuratedListSnapshot(string Slug, string Title, string? Intro, bool Published, IReadOnlyList<CuratedListEntry> Entries, DateTime? CreatedAt = null)
    : IEditSnapshot<CuratedListSnapshot, CuratedList>, IShownSnapshot
{
    public IReadOnlyList<(string Label, string? Value)> Fields() =>
    [
        ("Title", Title), ("Address", "/lists/" + Slug), ("Published", Published ? "yes" : "no"), ("Introduction", "\n" + Intro),
        ("Moments", "\n" + string.Join("\n", Entries.Select((e, i) => $"{i + 1}. moment #{e.MomentId}: {e.Note}"))),
    ];

    public static EntityKind Kind => EntityKind.List;

    public static int IdOf(CuratedList entity) => entity.Id;

    public static Task<CuratedList?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        db.CuratedLists.Include(l => l.Items).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    public CuratedList Recreate(int id) => new() { Id = id, Slug = Slug, Title = Title, CreatedAt = CreatedAt ?? DateTime.UtcNow };

    // Nothing points at a list: undoing its creation may always delete it.
    public static Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public static CuratedListSnapshot Capture(CuratedList l) => new(
        l.Slug, l.Title, l.Intro, l.Published,
        l.Items.OrderBy(i => i.Position).Select(i => new CuratedListEntry(i.MomentId, i.Note)).ToList(), l.CreatedAt);

    public bool SameAs(CuratedListSnapshot? other) =>
        other is not null && Slug == other.Slug && Title == other.Title && Intro == other.Intro && Published == other.Published
        && Entries.SequenceEqual(other.Entries);

    /// <summary>Writes this state onto a tracked list (items loaded). A moment deleted since is left out: it is no longer there to list.</summary>
    public async Task ApplyToAsync(KdramaDbContext db, CuratedList list, CancellationToken cancellationToken)
    {
        await Addresses.MoveAsync(db, Kind, list.Id, list.Slug, Slug, cancellationToken);
        (list.Slug, list.Title, list.Intro, list.Published, list.EditedAt) = (Slug, Title, Intro, Published, DateTime.UtcNow);
        var wanted = Entries.Select(e => e.MomentId).ToList();
        var existing = (await db.Moments.Where(m => wanted.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var entries = Entries.Where(e => existing.Contains(e.MomentId)).ToList();
        db.CuratedListItems.RemoveRange(list.Items.Where(i => entries.All(e => e.MomentId != i.MomentId)));
        list.Items.RemoveAll(i => entries.All(e => e.MomentId != i.MomentId));
        for (var position = 1; position <= entries.Count; position++)
        {
            var entry = entries[position - 1];
            var item = list.Items.FirstOrDefault(i => i.MomentId == entry.MomentId);
            if (item is null)
            {
                list.Items.Add(new CuratedListItem { MomentId = entry.MomentId, Position = position, Note = entry.Note });
            }
            else
            {
                (item.Position, item.Note) = (position, entry.Note);
            }
        }
    }
}
