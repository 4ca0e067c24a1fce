using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class MomentConfiguration : IEntityTypeConfiguration<Moment>
{
    public void Configure(EntityTypeBuilder<Moment> builder)
    {
        builder.Property(m => m.Slug).HasMaxLength(120);
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.HasIndex(m => new { m.DramaId, m.Episode });
        builder.HasIndex(m => m.CreatedAt);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasMany(m => m.Characters).WithMany(c => c.Moments).UsingEntity("MomentCharacters");
        builder.HasMany(m => m.Tags).WithMany(t => t.Moments).UsingEntity("MomentTags");
        builder.HasMany(m => m.Quotes).WithOne(q => q.Moment).HasForeignKey(q => q.MomentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Sources).WithOne(s => s.Moment).HasForeignKey(s => s.MomentId).OnDelete(DeleteBehavior.Cascade);
    }
}
