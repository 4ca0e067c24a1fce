using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>One article item citing a moment. Editors do not edit these by hand; merges move them, and undo moves them back.</summary>
public sealed record SourceSnapshot(int MomentId, int ArticleId, int Position, int? Rank, string Heading, string Excerpt) : IEditSnapshot<SourceSnapshot, Source>
{
    public static EntityKind Kind => EntityKind.Source;

    public static int IdOf(Source entity) => entity.Id;

    public string Title => Heading;

    public static SourceSnapshot Capture(Source s) => new(s.MomentId, s.ArticleId, s.Position, s.Rank, s.Heading, s.Excerpt);

    public bool SameAs(SourceSnapshot? other) => other == this;

    public static Task<Source?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) => db.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Source Recreate(int id) => new() { Id = id, MomentId = MomentId, ArticleId = ArticleId, Heading = Heading, Excerpt = Excerpt };

    public static Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task ApplyToAsync(KdramaDbContext db, Source source, CancellationToken cancellationToken)
    {
        (source.MomentId, source.ArticleId, source.Position, source.Rank, source.Heading, source.Excerpt) = (MomentId, ArticleId, Position, Rank, Heading, Excerpt);
        return Task.CompletedTask;
    }
}
