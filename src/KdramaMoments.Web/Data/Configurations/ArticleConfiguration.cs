using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.FileName).HasMaxLength(260);
        builder.HasIndex(a => a.FileName);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasIndex(a => a.ContentHash).IsUnique();
        // The feed's newest articles are one slice of it (newest first, then the highest id), not a sort of every article.
        builder.HasIndex(a => new { a.ImportedAt, a.Id });
        // The articles list is a slice of this index (folded title, then file name), not a sort of every article.
        builder.Property(a => a.SortTitle).HasMaxLength(300).HasDefaultValue("");
        builder.HasIndex(a => new { a.SortTitle, a.FileName });
        // The editors' to-do list of articles named by a sentence, in the list's order; it holds only that list's articles.
        builder.HasIndex(a => new { a.SortTitle, a.FileName, a.Id }, "IX_Articles_NamedBySentence").HasFilter("\"NamedBySentence\"");
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasMany(a => a.Sources).WithOne(s => s.Article).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
