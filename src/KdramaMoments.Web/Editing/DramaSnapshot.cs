using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>What an editor can change on a drama, aliases included; revisions store it before and after.</summary>
public sealed record DramaSnapshot(string Slug, string Title, int? Year, string? HangulTitle, string? Synopsis, IReadOnlyList<string> Aliases, DateTime? CreatedAt = null)
    : IEditSnapshot<DramaSnapshot, Drama>, IShownSnapshot
{
    public IReadOnlyList<(string Label, string? Value)> Fields() =>
        [("Title", Title), ("Year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Hangul title", HangulTitle), ("Aliases", string.Join(", ", Aliases)), ("Synopsis", "\n" + Synopsis)];

    public static EntityKind Kind => EntityKind.Drama;

    public static int IdOf(Drama entity) => entity.Id;

    public static Task<Drama?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        db.Dramas.Include(d => d.Aliases).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Drama Recreate(int id) => new() { Id = id, Slug = Slug, Title = Title, NormalizedTitle = Names.Normalize(Title), CreatedAt = CreatedAt ?? DateTime.UtcNow };

    public static async Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Moments.AnyAsync(m => m.DramaId == id, cancellationToken) || await db.Characters.AnyAsync(c => c.DramaId == id, cancellationToken)
            ? "This drama has moments or roles now; delete or move them before undoing its creation."
            : null;

    public static DramaSnapshot Capture(Drama d) => new(d.Slug, d.Title, d.Year, d.HangulTitle, d.Synopsis, d.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal).ToList(), d.CreatedAt);

    public bool SameAs(DramaSnapshot? other) =>
        other is not null && Slug == other.Slug && Title == other.Title && Year == other.Year && HangulTitle == other.HangulTitle
        && Synopsis == other.Synopsis && Aliases.SequenceEqual(other.Aliases);

    /// <summary>
    /// Writes this state onto a tracked drama (aliases loaded). A new address keeps the old one working:
    /// the old slug is recorded as a redirect.
    /// </summary>
    public async Task ApplyToAsync(KdramaDbContext db, Drama drama, CancellationToken cancellationToken)
    {
        await Addresses.MoveAsync(db, Kind, drama.Id, drama.Slug, Slug, cancellationToken);
        drama.Slug = Slug;
        drama.Title = Title;
        drama.NormalizedTitle = Names.Normalize(Title);
        drama.Year = Year;
        drama.HangulTitle = HangulTitle;
        drama.Synopsis = Synopsis;
        drama.EditedAt = DateTime.UtcNow;
        Addresses.SyncAliases(drama.Aliases, Aliases, (name, key) => new DramaAlias { Name = name, NormalizedName = key });
    }
}
