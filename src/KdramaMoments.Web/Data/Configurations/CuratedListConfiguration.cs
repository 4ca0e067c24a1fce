using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class CuratedListConfiguration : IEntityTypeConfiguration<CuratedList>
{
    public void Configure(EntityTypeBuilder<CuratedList> builder)
    {
        builder.Property(l => l.Slug).HasMaxLength(120);
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.Property(l => l.Title).HasMaxLength(200);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasMany(l => l.Items).WithOne(i => i.List).HasForeignKey(i => i.ListId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CuratedListItemConfiguration : IEntityTypeConfiguration<CuratedListItem>
{
    public void Configure(EntityTypeBuilder<CuratedListItem> builder)
    {
        builder.HasIndex(i => new { i.ListId, i.MomentId }).IsUnique();
        builder.HasIndex(i => i.MomentId);
        // A moment deleted from the catalogue leaves the lists that named it; the rest of each list stays.
        builder.HasOne(i => i.Moment).WithMany().HasForeignKey(i => i.MomentId).OnDelete(DeleteBehavior.Cascade);
    }
}
