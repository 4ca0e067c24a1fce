using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>What an editor can change on a moment; revisions store it before and after each change.</summary>
public sealed record MomentSnapshot(string Slug, string Title, int DramaId, int? Episode, string? Description, IReadOnlyList<string> Quotes, IReadOnlyList<string> Tags, IReadOnlyList<int> CharacterIds, DateTime? CreatedAt = null)
    : IEditSnapshot<MomentSnapshot, Moment>, IShownSnapshot
{
    public IReadOnlyList<(string Label, string? Value)> Fields() =>
        [("Title", Title), ("Episode", Episode?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Description", "\n" + Description), ("Quotes", "\n" + string.Join("\n", Quotes)), ("Tropes", string.Join(", ", Tags))];

    public static EntityKind Kind => EntityKind.Moment;

    public static int IdOf(Moment entity) => entity.Id;

    public static Task<Moment?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        db.Moments.Include(m => m.Quotes).Include(m => m.Tags).Include(m => m.Characters).AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    // A deleted moment's article links went with it; it comes back without them.
    public Moment Recreate(int id) => new() { Id = id, Slug = Slug, Title = Title, DramaId = DramaId, CreatedAt = CreatedAt ?? DateTime.UtcNow };

    // Removing a moment an article cites would take that citation with it.
    public static async Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Sources.AnyAsync(s => s.MomentId == id, cancellationToken) ? "An article cites this moment now; delete it from its page if it must go." : null;

    public static MomentSnapshot Capture(Moment m) => new(
        m.Slug, m.Title, m.DramaId, m.Episode, m.Description,
        m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).ToList(),
        m.Tags.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList(),
        m.Characters.Select(c => c.Id).Order().ToList(), m.CreatedAt);

    /// <summary>Two snapshots say the same thing (lists compared by content; the address is not edited here).</summary>
    public bool SameAs(MomentSnapshot? other) =>
        other is not null && Title == other.Title && DramaId == other.DramaId && Episode == other.Episode && Description == other.Description
        && Quotes.SequenceEqual(other.Quotes) && Tags.SequenceEqual(other.Tags) && CharacterIds.SequenceEqual(other.CharacterIds);

    /// <summary>Writes this state onto a tracked moment (quotes, tags and characters loaded).</summary>
    public async Task ApplyToAsync(KdramaDbContext db, Moment moment, CancellationToken cancellationToken)
    {
        moment.Title = Title;
        moment.DramaId = DramaId;
        moment.Episode = Episode;
        moment.Description = Description;
        moment.EditedAt = DateTime.UtcNow;
        db.Quotes.RemoveRange(moment.Quotes.Where(q => !Quotes.Contains(q.Text)));
        var kept = moment.Quotes.Where(q => Quotes.Contains(q.Text)).ToList();
        for (var i = 0; i < Quotes.Count; i++)
        {
            var quote = kept.FirstOrDefault(q => q.Text == Quotes[i]);
            if (quote is null)
            {
                moment.Quotes.Add(new Quote { Text = Quotes[i], Position = i + 1 });
            }
            else
            {
                quote.Position = i + 1;
                kept.Remove(quote);
            }
        }
        var tags = await db.Tags.Where(t => Tags.Contains(t.Slug)).ToListAsync(cancellationToken);
        moment.Tags.RemoveAll(t => !Tags.Contains(t.Slug));
        moment.Tags.AddRange(tags.Where(t => moment.Tags.All(x => x.Id != t.Id)));
        var characters = await db.Characters.Where(c => CharacterIds.Contains(c.Id)).ToListAsync(cancellationToken);
        moment.Characters.RemoveAll(c => !CharacterIds.Contains(c.Id));
        moment.Characters.AddRange(characters.Where(c => moment.Characters.All(x => x.Id != c.Id)));
    }
}
