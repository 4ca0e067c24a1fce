using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KdramaMoments.Web.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.Author).HasMaxLength(256);
        builder.Property(r => r.EntityType).HasMaxLength(20);
        builder.Property(r => r.Action).HasMaxLength(200);
        builder.Property(r => r.Batch).HasMaxLength(36);
        builder.HasIndex(r => r.Batch);
        builder.HasIndex(r => r.UndoOf);
        builder.HasIndex(r => new { r.EntityType, r.EntityId });
        builder.HasIndex(r => r.At);
    }
}
