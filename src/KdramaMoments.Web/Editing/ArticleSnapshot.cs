using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>An article's title (the one field editors change) and what a deleted article needs to come back.</summary>
public sealed record ArticleSnapshot(string Slug, string Title, string FileName, string Text, string ContentHash, int ItemCount) : IEditSnapshot<ArticleSnapshot, Article>, IShownSnapshot
{
    public IReadOnlyList<(string Label, string? Value)> Fields() => [("Title", Title)];

    public static EntityKind Kind => EntityKind.Article;

    public static int IdOf(Article entity) => entity.Id;

    public static ArticleSnapshot Capture(Article a) => new(a.Slug, a.Title, a.FileName, a.Text, a.ContentHash, a.ItemCount);

    public bool SameAs(ArticleSnapshot? other) => other is not null && Slug == other.Slug && Title == other.Title && ContentHash == other.ContentHash;

    public static Task<Article?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) => db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    // Its list items' links to moments went with it; re-importing the file recreates them.
    public Article Recreate(int id) => new() { Id = id, Slug = Slug, Title = Title, FileName = FileName, Text = Text, ContentHash = ContentHash, ItemCount = ItemCount, ImportedAt = DateTime.UtcNow };

    // Its list items (the citations) are its own and go with it, as when it is deleted from the articles page.
    public static Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task ApplyToAsync(KdramaDbContext db, Article article, CancellationToken cancellationToken)
    {
        article.Title = Title;
        return Task.CompletedTask;
    }
}
